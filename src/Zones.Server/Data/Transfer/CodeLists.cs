namespace Zones.Server.Data.Transfer;

/// <summary>
/// The coded fields of the import and export files, with the Chinese labels clerks use
/// (shared/DOMAIN.md §1.3, §5.1). The codes are the CHECK lists of data/migrations/0001.
/// </summary>
static class CodeLists
{
    static CodeEntry E(string code, string label, params string[] aliases) => new(code, label, aliases);

    public static readonly CodeList ZoneLevel = new("level",
        E("county", "县", "县级", "区县", "县区"),
        E("township", "镇", "乡", "乡镇", "街道", "镇街", "镇级"),
        E("area", "片区", "大片区"),
        E("village", "村", "社区", "村/社区", "村社区", "行政村", "村级"),
        E("group", "组", "网格", "组/网格", "村民小组", "小组"));

    public static readonly CodeList ZoneStatus = new("status",
        E("draft", "草稿", "未发布"),
        E("published", "已发布", "发布", "有效", "正常"),
        E("retired", "停用", "已停用", "撤销", "废止"));

    public static readonly CodeList RoadClass = new("class",
        E("arterial", "主干路", "主干道", "主路"),
        E("secondary", "次干路", "次干道"),
        E("branch", "支路", "街巷", "巷道"),
        E("village", "村道", "村路", "乡村道路", "通村公路"),
        E("highway", "过境公路", "公路", "国道", "省道", "县道"));

    public static readonly CodeList AssetKind = new("kind",
        E("toilet", "公厕", "公共厕所", "厕所"),
        new("toilet", "水冲厕所", ["水冲式厕所", "水冲公厕"], "flush"),
        new("toilet", "旱厕", ["旱式厕所"], "dry"),
        new("toilet", "移动厕所", ["移动公厕"], "mobile"),
        E("bin", "垃圾箱", "垃圾桶", "果皮箱", "废物箱", "分类垃圾箱"),
        E("collection_point", "垃圾收集点", "收集点", "垃圾集中收集点"),
        E("garbage_room", "垃圾间", "垃圾房", "垃圾屋", "垃圾间(楼)", "垃圾楼"),
        E("transfer_station", "垃圾中转站", "中转站", "垃圾转运站"),
        E("streetlight", "路灯"),
        new("streetlight", "太阳能路灯", [], "solar"),
        E("landscape_light", "景观灯", "射灯", "庭院灯"));

    /// <summary>Subtypes with a known label; other subtypes pass through as written.</summary>
    public static readonly CodeList Subtype = new("subtype",
        E("flush", "水冲", "水冲式", "水冲厕所"),
        E("dry", "旱厕", "旱式"),
        E("mobile", "移动", "移动式", "移动厕所"),
        E("solar", "太阳能"),
        E("compression", "压缩式"));

    /// <summary>The subtypes a toilet may have (CHECK on zones.asset).</summary>
    public static readonly string[] ToiletSubtypes = ["flush", "dry", "mobile"];

    public static readonly CodeList AssetStatus = new("status",
        E("good", "完好", "正常", "良好"),
        E("damaged", "损坏", "破损", "损毁", "故障"),
        E("unlit", "不亮", "不亮灯", "熄灭"),
        E("lost", "丢失", "缺失", "被盗"),
        E("abandoned", "废弃", "报废", "停用"));

    public static readonly CodeList CategoryKind = new("category_kind",
        E("component", "部件", "C"),
        E("event", "事件", "E"));

    public static readonly CodeList Source = new("source",
        E("citizen", "群众", "市民", "群众投诉", "群众举报", "来访"),
        E("hotline_12345", "12345热线", "12345", "热线", "12345平台"),
        E("inspection", "巡查", "巡查发现", "监督员上报", "自查"),
        E("assigned", "上级交办", "交办", "上级督办"),
        E("media", "媒体", "媒体曝光", "网络舆情"),
        E("open311", "Open311"));

    public static readonly CodeList Stage = new("stage",
        E("received", "受理", "已受理", "待受理"),
        E("registered", "立案", "已立案"),
        E("dispatched", "派遣", "已派遣", "待处置"),
        E("disposing", "处置", "处置中", "办理中"),
        E("feedback", "反馈", "已反馈"),
        E("verifying", "核查", "核查中", "待核查"),
        E("closed", "结案", "已结案", "办结", "已办结"),
        E("shelved", "挂账", "挂账中"),
        E("voided", "作废", "已作废"));

    public static readonly CodeList Urgency = new("urgency",
        E("normal", "一般", "普通", "正常"),
        E("urgent", "紧急", "加急", "特急"));

    public static readonly CodeList UnitKind = new("kind",
        E("government", "政府", "人民政府", "镇政府", "乡政府", "街道办事处", "党委", "镇党委"),
        E("department", "部门", "科室", "办公室", "站所", "中心", "镇属部门", "职能部门"),
        E("village_committee", "村委会", "居委会", "村(居)委会", "村居委会", "社区居委会", "村民委员会", "村两委"),
        E("company", "企业", "公司", "单位"),
        E("property_management", "物业", "物业公司", "物业服务企业"),
        E("other", "其他", "其它"));

    public static readonly CodeList AssignmentRole = new("role",
        E("leader", "领导", "包联领导", "镇领导", "联系领导"),
        E("department", "部门", "包联部门", "责任部门"),
        E("responsible_unit", "责任单位", "包联单位"),
        E("grid_worker", "网格员", "专职网格员"),
        E("cadre", "干部", "包联干部", "镇干部", "机关干部"),
        E("village_cadre", "村干部", "村(社区)干部", "社区干部"));

    public static readonly CodeList TargetKind = new("target_kind",
        E("zone", "片区", "村", "社区", "网格", "区域"),
        E("road", "路段", "道路", "路"),
        E("asset", "部件", "设施"),
        E("shop", "门店", "商铺", "店铺", "沿街店铺"));

    public static readonly CodeList PlaceKind = new("kind",
        E("village_committee", "村委会", "居委会", "村(居)委会", "村部", "社区服务中心"),
        E("market", "集市", "市场", "农贸市场", "菜市场"),
        E("school", "学校", "小学", "中学", "幼儿园"),
        E("bus_stop", "公交站", "公交车站", "车站", "站点"),
        E("square", "广场", "文化广场"),
        E("park", "公园", "游园", "口袋公园"),
        E("dwelling", "居民点", "自然村", "小区", "住宅区", "聚居点"));

    /// <summary>主责 or 协助: a yes/no column as clerks write it.</summary>
    public static readonly CodeList Primary = new("is_primary",
        E("true", "是", "主责", "主要", "y", "yes", "1", "√", "主"),
        E("false", "否", "协助", "配合", "n", "no", "0", "协"));
}
