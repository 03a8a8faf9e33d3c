using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;

namespace Zones.GraphQL.Tests.Language;

public class VisitorTests
{
    /// <summary>Records "enter X"/"leave X" for every node and can skip or break on a field name.</summary>
    sealed class Recorder(string? skipField = null, string? breakField = null) : AstVisitor
    {
        public List<string> Log { get; } = [];

        public override VisitorAction Enter(Node node)
        {
            Log.Add("enter " + Describe(node));
            if (node is FieldNode f && f.Name.Value == skipField)
                return VisitorAction.Skip;
            return node is FieldNode g && g.Name.Value == breakField ? VisitorAction.Break : VisitorAction.Continue;
        }

        public override VisitorAction Leave(Node node)
        {
            Log.Add("leave " + Describe(node));
            return VisitorAction.Continue;
        }

        static string Describe(Node node) => node is NameNode n ? $"Name {n.Value}" : node.GetType().Name.Replace("Node", "");
    }

    sealed class FieldCounter : AstVisitor
    {
        public int Fields { get; private set; }

        public List<int> Depths { get; } = [];

        public override VisitorAction EnterField(FieldNode node)
        {
            Fields++;
            Depths.Add(Ancestors.Count);
            return node.Name.Value == "skipMe" ? VisitorAction.Skip : VisitorAction.Continue;
        }
    }

    static DocumentNode Doc(string body) => Parser.Parse(body, new ParseOptions { NoLocation = true });

    [Fact]
    public void Nodes_are_entered_and_left_depth_first_in_graphql_js_key_order()
    {
        var recorder = new Recorder();
        AstWalker.Walk(Doc("{ a(x: 1) }"), recorder);
        Assert.Equal(["enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field", "enter Name a",
            "leave Name a", "enter Argument", "enter Name x", "leave Name x", "enter IntValue", "leave IntValue",
            "leave Argument", "leave Field", "leave SelectionSet", "leave OperationDefinition", "leave Document"], recorder.Log);
    }

    [Fact]
    public void Skip_hides_the_children_and_the_leave_call()
    {
        var recorder = new Recorder(skipField: "a");
        AstWalker.Walk(Doc("{ a { b } c }"), recorder);
        Assert.DoesNotContain("enter Name b", recorder.Log);
        Assert.DoesNotContain("leave Field", recorder.Log.Take(recorder.Log.IndexOf("enter Name c")));
        Assert.Contains("enter Name c", recorder.Log);
    }

    [Fact]
    public void Break_stops_the_walk()
    {
        var recorder = new Recorder(breakField: "a");
        Assert.False(AstWalker.Walk(Doc("{ a b }"), recorder));
        Assert.Equal("enter Field", recorder.Log[^1]);
    }

    [Fact]
    public void Typed_callbacks_see_their_ancestors()
    {
        var counter = new FieldCounter();
        AstWalker.Walk(Doc("{ a { b } }"), counter);
        Assert.Equal([3, 5], counter.Depths);
    }

    [Fact]
    public void Parallel_visitors_skip_independently()
    {
        var skipping = new FieldCounter();
        var recorder = new Recorder();
        AstWalker.Walk(Doc("{ skipMe { inner } other }"), new ParallelVisitor([skipping, recorder]));
        Assert.Equal(2, skipping.Fields);
        Assert.Contains("enter Name inner", recorder.Log);
    }

    [Fact]
    public void A_parallel_visitor_that_breaks_stops_alone()
    {
        var breaking = new Recorder(breakField: "a");
        var counter = new FieldCounter();
        AstWalker.Walk(Doc("{ a b c }"), new ParallelVisitor([breaking, counter]));
        Assert.Equal(("enter Field", 3), (breaking.Log[^1], counter.Fields));
    }

    [Fact]
    public void Type_system_nodes_are_visited()
    {
        var recorder = new Recorder();
        AstWalker.Walk(Doc("type A implements B @d { f(a: Int = 1): [C!] }"), recorder);
        Assert.Equal(["enter Name A", "enter Name B", "enter Name d", "enter Name f", "enter Name a", "enter Name Int", "enter Name C"],
            recorder.Log.Where(l => l.StartsWith("enter Name ", StringComparison.Ordinal)));
    }
}
