/**
 * The shipped default complaint categories (data/migrations/0002_seed_categories.sql):
 * the heat-map filter offers these. Codes are unique across 部件 and 事件. A township's
 * own categories would need a categories query on the API (not there yet).
 */
export const COMPLAINT_CATEGORY_LABELS: Record<string, string> = {
  '0101': '私搭乱建',
  '0102': '暴露垃圾',
  '0103': '积存垃圾渣土',
  '0104': '道路不洁',
  '0105': '水域不洁',
  '0106': '绿地脏乱',
  '0107': '垃圾箱满溢',
  '0118': '路灯不亮/损坏',
  '0120': '景观灯不亮/损坏',
  '0301': '公共厕所设施损坏',
  '0302': '公厕化粪池溢流',
  '0303': '公厕指示牌损坏',
  '0304': '垃圾间(楼)损坏',
  '0305': '垃圾箱破损/缺失',
  '0501': '占道经营',
  '9901': '12345一般诉求',
};
