using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Validation;

namespace Zones.GraphQL.Tests.Validation;

/// <summary>What <see cref="TypeInfo"/> reports at each node; the expected lines are graphql-js TypeInfo's.</summary>
public class TypeInfoTests
{
    [Fact]
    public void Output_types_follow_fields_fragments_and_meta_fields() =>
        Assert.Equal(
            ["human: QueryRoot.human -> Human", "pets: Human.pets -> [Pet]", "name: Pet.name -> String", "barks: Dog.barks -> Boolean",
             "unknown: Human.- -> -", "x: -.- -> -", "catOrDog: QueryRoot.catOrDog -> CatOrDog", "__typename: CatOrDog.__typename -> String!"],
            Record("{ human { pets { name ... on Dog { barks } } unknown { x } } catOrDog { __typename } }"));

    [Fact]
    public void Input_types_follow_arguments_lists_and_input_fields() =>
        Assert.Equal(
            ["$c: Boolean", "dog: QueryRoot.dog -> Dog", "isHouseTrained: Dog.isHouseTrained -> Boolean", "(atOtherHomes: Boolean = true)",
             "$c: Boolean", "doesKnowCommand: Dog.doesKnowCommand -> Boolean", "(dogCommand: DogCommand)", "HEEL = HEEL",
             "complicatedArgs: QueryRoot.complicatedArgs -> ComplicatedArgs", "complexArgField: ComplicatedArgs.complexArgField -> String",
             "(complexArg: ComplexInput)", "{requiredField: Boolean! in ComplexInput}", "$c: Boolean!",
             "{stringListField: [String] in ComplexInput}", "[String]", "$c: String", "{bogus: - in ComplexInput}", "FOO = -",
             "stringListArgField: ComplicatedArgs.stringListArgField -> String", "(stringListArg: [String])", "[String]", "[String]",
             "enumArgField: ComplicatedArgs.enumArgField -> String", "(enumArg: FurColor)", "WAT = -"],
            Record("""
                query ($c: Boolean = true) {
                  dog { isHouseTrained(atOtherHomes: $c) doesKnowCommand(dogCommand: HEEL) }
                  complicatedArgs {
                    complexArgField(complexArg: { requiredField: $c, stringListField: ["a", $c], bogus: FOO })
                    stringListArgField(stringListArg: [[1]])
                    enumArgField(enumArg: WAT)
                  }
                }
                """));

    // An unknown directive's arguments are looked up on the field, as graphql-js does.
    [Fact]
    public void Directive_arguments_use_the_directive_definition() =>
        Assert.Equal(
            ["dog: QueryRoot.dog -> Dog", "(if: Boolean!)", "$v: Boolean!", "(surname: -)", "$w: -", "name: Dog.name -> String",
             "(surname: Boolean)", "$x: Boolean", "(if: Boolean!)", "$y: Boolean!"],
            Record("{ dog @include(if: $v) @unknown(surname: $w) { name(surname: $x) @skip(if: $y) } }"));

    static List<string> Record(string query)
    {
        var recorder = new Recorder(new TypeInfo(ValidationHarness.Schema));
        AstWalker.Walk(Parser.Parse(query), recorder);
        return recorder.Lines;
    }

    sealed class Recorder(TypeInfo typeInfo) : AstVisitor
    {
        public List<string> Lines { get; } = [];

        public override VisitorAction Enter(Node node)
        {
            typeInfo.Enter(node);
            if (Describe(node) is { } line)
                Lines.Add(line);
            return VisitorAction.Continue;
        }

        public override VisitorAction Leave(Node node)
        {
            typeInfo.Leave(node);
            return VisitorAction.Continue;
        }

        string? Describe(Node node) => node switch
        {
            FieldNode n => $"{n.Name.Value}: {Show(typeInfo.ParentType)}.{Show(typeInfo.FieldDef?.Name)} -> {Show(typeInfo.Type)}",
            ArgumentNode n => $"({n.Name.Value}: {Show(typeInfo.InputType)}{(typeInfo.HasDefaultValue ? " = " + Inspect.Value(typeInfo.DefaultValue) : "")})",
            ObjectFieldNode n => $"{{{n.Name.Value}: {Show(typeInfo.InputType)} in {Show(typeInfo.ParentInputType)}}}",
            ListValueNode => $"[{Show(typeInfo.InputType)}]",
            EnumValueNode n => $"{n.Value} = {Show(typeInfo.EnumValue?.Name)}",
            VariableNode n => $"${n.Name.Value}: {Show(typeInfo.InputType)}",
            _ => null,
        };

        static string Show(object? value) => value?.ToString() ?? "-";
    }
}
