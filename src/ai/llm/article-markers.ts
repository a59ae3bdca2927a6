/**
 * The model cites an article by writing its id in square brackets ("[late-fees]"), as the prompt asks.
 * The markers are for us, not the customer: they become citations and are taken out of the reply.
 */
const MARKER = /[ \t]*\[(?:article:)?([a-z0-9]+(?:-[a-z0-9]+)*)\]/g;

export type MarkedReply = { text: string; citedIds: string[] };

/** Ids of known articles cited in the reply, in order of first mention; every kebab-case marker is removed. */
export function takeArticleMarkers(reply: string, knownIds: ReadonlySet<string>): MarkedReply {
  const cited: string[] = [];
  const text = reply.replace(MARKER, (_whole, id: string) => {
    if (knownIds.has(id) && !cited.includes(id)) cited.push(id);
    return '';
  });
  return { text: text.replace(/[ \t]+([.,;:!?])/g, '$1').trim(), citedIds: cited };
}
