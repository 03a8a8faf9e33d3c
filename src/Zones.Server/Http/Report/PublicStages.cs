using Zones.Server.Data.Complaints;

namespace Zones.Server.Http.Report;

/// <summary>
/// A case's stage as a resident reads it: plain words instead of the workflow's terms (立案, 派遣, 核查),
/// and the step of a five-step progress line (收到 → 交办 → 处理 → 核查 → 办结); 0 for 挂账 and 作废.
/// </summary>
public static class PublicStages
{
    public static (string Words, int Step) Of(string stage) => stage switch
    {
        Stages.Received => ("已收到，正在受理", 1),
        Stages.Registered => ("已受理，正在交给责任单位", 2),
        Stages.Dispatched => ("已交给责任单位，等待处理", 2),
        Stages.Disposing => ("责任单位正在处理", 3),
        Stages.Feedback => ("已处理，正在核查", 4),
        Stages.Verifying => ("核查通过，即将办结", 4),
        Stages.Closed => ("已办结", 5),
        Stages.Shelved => ("暂时无法处理，已登记待办（挂账）", 0),
        Stages.Voided => ("经核实不予处理，已撤销", 0),
        _ => ("处理中", 0),
    };
}
