"""The question index's tables (graph.index reads and writes them).

Tables:
- `nodes`: every node's id, label and name, an entity's kind, aliases and
  first occurrence in merge order (which entity a shared alias names), a
  document's title, outlet, date and hash;
- `relations`: every relationship between entities, an investment read as one
  hop from investor to company (the deal's claims and amount, stake, status),
  with its claims (what conflicts read), the same claims told once per story
  with their copies (`stories`: what timeline and path read, written here so
  that no question groups copies) and what a profile shows of them
  (`summary`: sources, copies, evidence, first and last date, certainty);
- `mentions`: which documents mention each node;
- `disagreements`: claims of one relationship or deal that cannot all hold,
  found when the unit is built (graph.aggregate.disagreements), each story
  once with only the fields a question shows (graph.aggregate.slim);
- `stories`: document id -> its story (the first document of its story group)
  for every document that has copies; the next build compares it with the
  claim store's groups to find the units whose sources changed;
- `names`: folded names and aliases -> entity id, and short forms that name
  exactly one entity ("Wang", "Scale");
- `rows`: a digest of every store row an aggregate unit gave, so an
  incremental build writes only the rows that changed; `changes`: the units
  this generation recomputed (the next build replays them on the spare
  generation); `meta`: counts, generation, claim store version, and the
  index's own FORMAT (an index of another format is rebuilt whole).
"""

# The tables' layout: a build finding another one in the current generation writes a new index whole.
FORMAT = "2"
TABLES = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE nodes (id TEXT PRIMARY KEY, label TEXT, name TEXT, kind TEXT, aliases TEXT, unit TEXT, "
    "first TEXT, title TEXT, source TEXT, published TEXT, sha TEXT)",
    "CREATE INDEX nodes_unit ON nodes(unit)",
    "CREATE INDEX nodes_label ON nodes(label, first)",
    "CREATE TABLE rows (key TEXT PRIMARY KEY, unit TEXT, hash TEXT) WITHOUT ROWID",
    "CREATE INDEX rows_unit ON rows(unit)",
    "CREATE TABLE relations (unit TEXT, source TEXT, target TEXT, type TEXT, seq INTEGER, deal TEXT, "
    "status TEXT, role TEXT, stake REAL, props TEXT, claims TEXT, stories TEXT, summary TEXT)",
    "CREATE INDEX relations_source ON relations(source, target, type)",
    "CREATE INDEX relations_target ON relations(target, source)",
    "CREATE INDEX relations_unit ON relations(unit)",
    "CREATE INDEX relations_type ON relations(type)",
    "CREATE TABLE mentions (node TEXT, doc TEXT, PRIMARY KEY (node, doc)) WITHOUT ROWID",
    "CREATE INDEX mentions_doc ON mentions(doc)",
    "CREATE TABLE disagreements (unit TEXT, source TEXT, type TEXT, target TEXT, field TEXT, claims TEXT)",
    "CREATE INDEX disagreements_unit ON disagreements(unit)",
    "CREATE TABLE names (kind TEXT, key TEXT, id TEXT, PRIMARY KEY (kind, key)) WITHOUT ROWID",
    "CREATE TABLE changes (unit TEXT PRIMARY KEY) WITHOUT ROWID",
    "CREATE TABLE stories (doc TEXT PRIMARY KEY, story TEXT) WITHOUT ROWID",
]
