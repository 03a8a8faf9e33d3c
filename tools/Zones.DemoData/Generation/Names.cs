using Zones.DemoData.Core;

namespace Zones.DemoData.Generation;

/// <summary>Pools of Chinese names typical of a Zhejiang plain/hill township.</summary>
internal static class Names
{
    public static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林",
        "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "潘",
        "袁", "蔡", "蒋", "余", "叶", "程", "魏", "苏", "吕", "丁", "沈", "姚", "钟", "姜", "陆", "范", "汪", "金",
        "夏", "方", "钱", "戴", "严", "顾", "邵", "俞", "费", "施", "褚", "闵", "臧", "倪", "章", "莫",
    ];

    public static readonly string[] GivenNames =
    [
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英",
        "华", "慧", "建华", "建国", "国强", "志强", "海燕", "晓东", "红梅", "丽华", "春燕", "建平", "卫东", "学军",
        "玉兰", "美琴", "雪梅", "国平", "金龙", "伟民", "晓明", "丹", "琳", "婷", "浩", "宇", "鑫", "波", "辉", "刚",
        "斌", "琴", "霞", "萍", "燕", "桂英", "文", "平", "亮", "林", "健", "一鸣", "子豪", "佳怡", "雨萱", "振华",
        "海峰", "建新", "根法", "水根", "月娥", "惠芬", "菊芳", "永明", "志刚", "晓燕", "卫星", "炳坤", "利民",
    ];

    public static readonly string[] VillageStems =
    [
        "前塘", "石桥", "桑园", "溪口", "龙山", "杨湾", "沈家", "陆庄", "后漾", "新塘", "长岗", "竹林", "白岘",
        "鲍山", "南庄", "北庄", "上蒋", "下蒋", "青山", "柳岸", "梅林", "茶坞", "潘店", "合溪", "港口", "方岩",
        "朱家", "丁桥", "吴山", "洪桥", "金沙", "大云", "石门", "小浦", "画溪", "施家", "马村", "箬岭", "桃园",
        "双联", "光耀", "五里", "八都", "新华", "红星", "胜利", "联合", "民主",
    ];

    public static readonly string[] CommunityStems = ["溪东", "溪西", "新街", "锦绣", "阳光", "长兴路", "桑榆", "和平"];

    public static readonly string[] HamletPrefixes =
    [
        "张家", "李家", "沈家", "王家", "陈家", "吴家", "钱家", "周家", "蒋家", "朱家", "许家", "潘家", "姚家",
        "上", "下", "东", "西", "南", "北", "前", "后", "大", "小", "新", "老", "里", "外", "高",
    ];

    public static readonly string[] HamletSuffixes = ["浜", "埭", "湾", "墩", "桥", "坞", "头", "塘", "港", "岭", "圩", "庄", "岗", "渡", "坝"];

    public static readonly string[] Compounds =
    [
        "锦绣花园", "溪东新村", "阳光小区", "桑园小区", "幸福里", "金色家园", "和园", "翠苑", "丽景花苑", "老街小区",
    ];

    public static readonly string[] TownshipFirst =
        ["桑", "梅", "石", "青", "荷", "杨", "白", "清", "金", "双", "竹", "云", "凤", "龙", "湖", "古", "新", "枫", "桃", "桂", "芦", "柏", "松", "兰"];

    public static readonly string[] TownshipSecond = ["溪", "岗", "泉", "岭", "湾", "林", "桥", "港", "塘", "山", "潭", "滨", "丰", "源", "圩", "浦", "渚"];

    public static readonly string[] ShopNames =
    [
        "桑溪副食店", "好又多超市", "老陈面馆", "阿芳水果店", "鑫鑫五金店", "益民大药房", "华联超市", "小李理发店",
        "金凤服装店", "永和豆浆", "阿强修车铺", "兰州拉面", "沙县小吃", "周记包子铺", "明亮眼镜店", "如意茶楼",
        "农家乐饭店", "移动营业厅", "快递驿站", "母婴用品店", "建材批发部", "烟酒商行", "花艺小铺", "手机维修店",
        "早餐店", "熟食卤味店", "粮油店", "文具店",
    ];

    /// <summary>11-digit mobile numbers with real prefixes (13x, 15x, 18x).</summary>
    private static readonly string[] MobilePrefixes =
        ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "157", "158", "159", "180", "181", "187", "188", "189"];

    public static string Mobile(Rng rng) =>
        rng.Pick(MobilePrefixes) + rng.Next(100_000_000).ToString("D8", Fmt.Inv);

    /// <summary>A person's name; <paramref name="used"/> keeps names unique within a township.</summary>
    public static string Person(Rng rng, HashSet<string> used)
    {
        while (true)
        {
            var name = rng.Pick(Surnames) + rng.Pick(GivenNames);
            if (used.Add(name)) return name;
        }
    }

    /// <summary>A 自然村 name such as 张家浜 or 上坞.</summary>
    public static string Hamlet(Rng rng, HashSet<string> used)
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = rng.Pick(HamletPrefixes) + rng.Pick(HamletSuffixes);
            if (attempt > 200) name += Fmt.Int(attempt);
            if (used.Add(name)) return name;
        }
    }

    /// <summary>"王先生" / "李女士": how hotline operators record callers.</summary>
    public static string Caller(Rng rng) => rng.Pick(Surnames) + (rng.Chance(0.55) ? "先生" : "女士");
}
