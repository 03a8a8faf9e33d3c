using Zones.GraphQL.Types;
using Zones.GraphQL.Validation.Rules;

namespace Zones.GraphQL.Tests.Validation.Rules;

public class SingleFieldSubscriptionsRuleTests
{
    static ValidationAssert Validate(string query) =>
        ValidationHarness.Validate(query, ctx => new SingleFieldSubscriptionsRule(ctx));

    static readonly Schema NoSubscriptionRoot = ValidationHarness.CorpusSchema("no-subscription");

    static ValidationAssert ValidateWithNoSubscriptionRoot(string query) =>
        ValidationHarness.ValidateWithSchema(NoSubscriptionRoot, query, ctx => new SingleFieldSubscriptionsRule(ctx));

    [Fact]
    public void A_subscription_with_one_field_is_valid() =>
        Validate("""
            subscription ImportantEmails {
              importantEmails
            }
            """).ShouldBeValid();

    [Fact]
    public void A_subscription_with_one_field_in_a_fragment_is_valid() =>
        Validate("""
            subscription sub {
              ...newMessageFields
            }

            fragment newMessageFields on SubscriptionRoot {
              newMessage {
                body
                sender
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void Fragments_of_the_same_field_count_as_one_field() =>
        Validate("""
            subscription sub {
              ...newMessageFields
              ...newMessageFields
            }

            fragment newMessageFields on SubscriptionRoot {
              newMessage {
                body
              }
            }
            """).ShouldBeValid();

    [Fact]
    public void A_fragment_on_another_type_adds_no_field() =>
        Validate("""
            subscription sub {
              ...newMessageFields
              ...notImportantEmails
            }

            fragment newMessageFields on SubscriptionRoot {
              newMessage {
                body
              }
            }

            fragment notImportantEmails on Message {
              sender
            }
            """).ShouldBeValid();

    [Fact]
    public void A_skipped_second_field_does_not_count() =>
        Validate("""
            subscription sub {
              importantEmails
              notImportantEmails @skip(if: true)
            }
            """).ShouldBeValid();

    [Fact]
    public void Two_fields_are_reported() =>
        Validate("""
            subscription ImportantEmails {
              importantEmails
              notImportantEmails
            }
            """).ShouldHaveErrors(
            ("Subscription \"ImportantEmails\" must select only one top level field.", [(3, 3)]));

    [Fact]
    public void An_introspection_field_is_reported() =>
        Validate("""
            subscription ImportantEmails {
              __typename
            }
            """).ShouldHaveErrors(
            ("Subscription \"ImportantEmails\" must not select an introspection top level field.", [(2, 3)]));

    [Fact]
    public void An_introspection_field_among_others_is_reported_after_the_count() =>
        Validate("""
            subscription ImportantEmails {
              importantEmails
              __typename
            }
            """).ShouldHaveErrors(
            ("Subscription \"ImportantEmails\" must select only one top level field.", [(3, 3)]),
            ("Subscription \"ImportantEmails\" must not select an introspection top level field.", [(3, 3)]));

    [Fact]
    public void Every_extra_field_is_located() =>
        Validate("""
            subscription ImportantEmails {
              importantEmails
              notImportantEmails
              spamEmails
            }
            """).ShouldHaveErrors(
            ("Subscription \"ImportantEmails\" must select only one top level field.", [(3, 3), (4, 3)]));

    [Fact]
    public void Extra_fields_from_fragments_are_located() =>
        Validate("""
            subscription ImportantEmails {
              importantEmails
              ...Other
            }
            fragment Other on SubscriptionRoot {
              notImportantEmails
              spamEmails
            }
            """).ShouldHaveErrors(
            ("Subscription \"ImportantEmails\" must select only one top level field.", [(6, 3), (7, 3)]));

    [Fact]
    public void Extra_fields_from_inline_fragments_are_located() =>
        Validate("""
            subscription ImportantEmails {
              importantEmails
              ... on SubscriptionRoot {
                moreImportantEmails
              }
              ...Other
            }
            fragment Other on SubscriptionRoot {
              notImportantEmails
              spamEmails
            }
            """).ShouldHaveErrors(
            ("Subscription \"ImportantEmails\" must select only one top level field.", [(4, 5), (9, 3), (10, 3)]));

    [Fact]
    public void An_anonymous_subscription_with_two_fields_is_reported() =>
        Validate("""
            subscription {
              importantEmails
              notImportantEmails
            }
            """).ShouldHaveErrors(
            ("Anonymous Subscription must select only one top level field.", [(3, 3)]));

    [Fact]
    public void A_schema_without_a_subscription_root_is_not_checked() =>
        ValidateWithNoSubscriptionRoot("""
            subscription {
              importantEmails
              notImportantEmails
            }
            """).ShouldBeValid();
}
