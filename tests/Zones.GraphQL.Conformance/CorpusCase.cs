using System.Text.Json.Nodes;

namespace Zones.GraphQL.Conformance;

/// <summary>One document of the corpus, named the way <c>oracle/oracle.mjs</c> names it.</summary>
/// <param name="Name"><c>&lt;kind&gt;/&lt;file&gt;</c> or <c>&lt;kind&gt;/&lt;table&gt;/&lt;key&gt;</c>.</param>
/// <param name="Source">The document text.</param>
/// <param name="Options">graphql-js parse options of the case (<c>maxTokens</c>, <c>noLocation</c> …), possibly empty.</param>
public sealed record CorpusCase(string Name, string Source, JsonObject Options);
