import type {GraphQLClient} from '../../api/graphql';
import type {SearchHit} from './searchModel';

export const SEARCH_QUERY = `query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) { kind id title subtitle bbox }
}`;

/** The API's hits for `text`, best first. */
export async function searchHits(graphql: GraphQLClient, text: string, first = 20): Promise<SearchHit[]> {
  const data = await graphql<{search: SearchHit[]}>(SEARCH_QUERY, {text, first});
  return data.search;
}
