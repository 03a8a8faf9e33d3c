using Zones.DemoData.Core;

namespace Zones.DemoData.Complaints;

/// <summary>Chinese wording of complaint descriptions, by category ("E0102" …); {loc} is the place, {id} the asset.</summary>
internal static class ComplaintText
{
    private static readonly Dictionary<string, string[]> Templates = new(StringComparer.Ordinal)
    {
        ["E0102"] = ["{loc}路边有暴露垃圾，堆放多日无人清理", "{loc}有人乱倒生活垃圾，气味难闻", "{loc}绿化带内塑料袋、餐盒等垃圾较多", "{loc}垃圾桶旁散落大量垃圾，影响市容"],
        ["E0107"] = ["{loc}垃圾箱满溢，垃圾散落地面{id}", "{loc}分类垃圾桶已满，未及时清运{id}", "{loc}垃圾桶满了好几天没人收{id}"],
        ["E0104"] = ["{loc}路面有泥浆、油污，道路不洁", "{loc}路面落叶、纸屑较多，未及时清扫", "{loc}渣土车经过后路面洒落泥土"],
        ["E0103"] = ["{loc}堆有建筑垃圾渣土，占用道路", "{loc}装修垃圾长期堆放未清运", "{loc}路口堆积大量渣土和杂物"],
        ["E0105"] = ["{loc}附近河道内漂浮垃圾较多", "{loc}附近池塘水面有大量漂浮物，水体发臭"],
        ["E0106"] = ["{loc}绿地内杂草丛生、垃圾较多", "{loc}绿化带内有人堆放杂物"],
        ["E0101"] = ["{loc}有人私自搭建彩钢棚", "{loc}沿街违规搭建雨棚"],
        ["E0501"] = ["{loc}流动摊贩占道经营，影响通行", "{loc}店铺出店经营，货物摆到人行道上", "{loc}早市摊位占用机动车道"],
        ["E9901"] = ["反映{loc}环境卫生较差，希望尽快整治", "反映{loc}垃圾清运不及时", "来电反映{loc}公共设施缺乏维护"],
        ["C0118"] = ["{loc}路灯不亮，夜间行走不便{id}", "{loc}路灯灯杆倾斜，存在安全隐患{id}", "{loc}路灯白天常亮{id}", "{loc}路灯灯罩破损{id}"],
        ["C0120"] = ["{loc}景观灯不亮{id}", "{loc}景观灯线路裸露{id}"],
        ["C0305"] = ["{loc}垃圾箱破损{id}", "{loc}垃圾箱盖子缺失{id}", "{loc}垃圾桶被撞坏{id}"],
        ["C0301"] = ["{loc}公厕水龙头损坏，无法冲水{id}", "{loc}公厕门锁损坏{id}", "{loc}公厕照明损坏，夜间无法使用{id}", "{loc}公厕卫生差，有异味{id}"],
        ["C0302"] = ["{loc}公厕化粪池溢流，污水外溢{id}", "{loc}公厕化粪池满了，粪水流到路上{id}"],
        ["C0303"] = ["{loc}公厕指示牌损坏", "{loc}公厕指示牌指向错误"],
        ["C0304"] = ["{loc}垃圾房门损坏{id}", "{loc}垃圾房墙面破损{id}"],
    };

    public static string Description(Rng rng, Category category, string location, string? assetId)
    {
        var template = rng.Pick(Templates[category.CasePrefix[..1] + category.Code]);
        return template.Replace("{loc}", location).Replace("{id}", assetId == null ? "" : "（部件标识码：" + assetId + "）");
    }

    public static string ReceiveNote(string source) => source switch
    {
        "hotline_12345" => "12345热线转办",
        "citizen" => "群众随手拍上报",
        "inspection" => "巡查发现",
        "assigned" => "上级交办",
        "media" => "媒体曝光",
        _ => "受理",
    };

    public static readonly string[] ExtendReasons = ["需协调电力部门停电作业", "需采购配件", "涉及多个部门，需协调处置", "天气原因无法施工"];
    public static readonly string[] ShelveReasons = ["涉及产权纠纷，暂缓处置", "需列入年度改造计划", "资金未落实，挂账处理"];
    public static readonly string[] ReworkReasons = ["核查未通过：现场仍有垃圾残留", "核查未通过：设施未修复", "核查未通过：处置不彻底"];
    public static readonly string[] VoidReasons = ["重复上报，作废", "经核实不属实，作废", "非本辖区事项，作废"];
}
