/**
 * zh-CN interface text. Every sentence a clerk reads lives here, written the way a
 * township office speaks: what happened and what to do, not HTTP jargon (the
 * technical detail is shown separately, in small print).
 */
export const MESSAGES = {
  defaultTitle: '片区地图',
  layersHeading: '图层',
  legendHeading: '图例',
  countLoading: '加载中',
  countNotLoaded: '未加载',
  loadingConfig: '正在读取地图配置 …',
  configSubject: '地图配置',
  loading: (layer: string, index: number, total: number) => `正在加载：${layer} ${index}/${total} …`,
  loadingPages: (received: number, matched: number | undefined) =>
    matched === undefined ? `已取得 ${received} 条` : `已取得 ${received} / ${matched} 条`,
  loaded: (parts: string[]) => `已加载：${parts.join('，')}`,
  loadedPart: (layer: string, count: number, unit: string) => `${layer} ${count} ${unit}`,
  noZones: '没有片区数据，地图停在默认位置',
  errorDetailSummary: '技术信息',

  errors: {
    network: '无法连接服务器，请检查服务是否已启动',
    timeout: '服务器响应超时，请稍后刷新页面重试',
    notFound: (what: string) => `服务器上没有找到“${what}”数据，请联系系统管理员`,
    server: (what: string) => `服务器出错，暂时无法读取“${what}”数据，请稍后重试或联系系统管理员`,
    unavailable: '服务器暂时不可用（可能数据库尚未启动），请稍后重试',
    format: (what: string) => `服务器返回的“${what}”数据格式不正确，请联系系统管理员`,
    paging: (what: string) => `“${what}”数据分页异常，未能完整加载，请联系系统管理员`,
    config: '地图配置有误，请联系系统管理员',
    unexpected: '地图加载时出现意外错误，请刷新页面重试',
  },

  legend: {
    zones: '片区边界',
    roads: '道路',
    assets: '设施',
    assetWarning: '损坏 / 不亮',
    assetInactive: '丢失 / 废弃',
    complaints: '投诉',
    complaintOpen: '办理中',
    complaintOverdue: '已超期',
    complaintClosed: '已结案 / 作废',
  },
} as const;
