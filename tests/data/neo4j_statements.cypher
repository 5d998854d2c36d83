// constraint Company
CREATE CONSTRAINT aikg_company_id IF NOT EXISTS
FOR (n:Company) REQUIRE n.id IS UNIQUE;

// constraint Person
CREATE CONSTRAINT aikg_person_id IF NOT EXISTS
FOR (n:Person) REQUIRE n.id IS UNIQUE;

// constraint Investment
CREATE CONSTRAINT aikg_investment_id IF NOT EXISTS
FOR (n:Investment) REQUIRE n.id IS UNIQUE;

// constraint Document
CREATE CONSTRAINT aikg_document_id IF NOT EXISTS
FOR (n:Document) REQUIRE n.id IS UNIQUE;

// tokens label
UNWIND $rows AS row
CALL db.createLabel(row);

// tokens type
UNWIND $rows AS row
CALL db.createRelationshipType(row);

// tokens key
UNWIND $rows AS row
CALL db.createProperty(row);

// merge Company
UNWIND $rows AS row
MERGE (n:Company {id: row.id})
ON CREATE SET n.aikg_managed = true
WITH n, row
WHERE n.aikg_managed = true AND coalesce(n.aikg_hash, '') <> row.aikg_hash
SET n.aikg_hash = row.aikg_hash,
    n.name = row.name,
    n.aliases = row.aliases,
    n.kind = row.kind
RETURN count(n) AS written;

// managed Company
MATCH (n:Company)
WHERE n.aikg_managed = true
RETURN n.id AS id;

// delete Company
UNWIND $ids AS id
MATCH (n:Company {id: id})
WHERE n.aikg_managed = true AND NOT EXISTS { (n)--() }
DELETE n;

// read Company
MATCH (n:Company)
WHERE n.aikg_managed = true
RETURN n.id AS id,
       n.name AS name,
       n.aliases AS aliases,
       n.kind AS kind
ORDER BY id;

// merge Person
UNWIND $rows AS row
MERGE (n:Person {id: row.id})
ON CREATE SET n.aikg_managed = true
WITH n, row
WHERE n.aikg_managed = true AND coalesce(n.aikg_hash, '') <> row.aikg_hash
SET n.aikg_hash = row.aikg_hash,
    n.name = row.name,
    n.aliases = row.aliases
RETURN count(n) AS written;

// managed Person
MATCH (n:Person)
WHERE n.aikg_managed = true
RETURN n.id AS id;

// delete Person
UNWIND $ids AS id
MATCH (n:Person {id: id})
WHERE n.aikg_managed = true AND NOT EXISTS { (n)--() }
DELETE n;

// read Person
MATCH (n:Person)
WHERE n.aikg_managed = true
RETURN n.id AS id,
       n.name AS name,
       n.aliases AS aliases
ORDER BY id;

// merge Investment
UNWIND $rows AS row
MERGE (n:Investment {id: row.id})
ON CREATE SET n.aikg_managed = true
WITH n, row
WHERE n.aikg_managed = true AND coalesce(n.aikg_hash, '') <> row.aikg_hash
SET n.aikg_hash = row.aikg_hash,
    n.name = row.name,
    n.amount_usd = row.amount_usd,
    n.amount = row.amount,
    n.currency = row.currency,
    n.stake = row.stake,
    n.announced = row.announced,
    n.status = row.status,
    n.sources = row.sources,
    n.evidence = row.evidence,
    n.certainty = row.certainty,
    n.first_seen = row.first_seen,
    n.last_seen = row.last_seen,
    n.claims = row.claims
RETURN count(n) AS written;

// managed Investment
MATCH (n:Investment)
WHERE n.aikg_managed = true
RETURN n.id AS id;

// delete Investment
UNWIND $ids AS id
MATCH (n:Investment {id: id})
WHERE n.aikg_managed = true AND NOT EXISTS { (n)--() }
DELETE n;

// read Investment
MATCH (n:Investment)
WHERE n.aikg_managed = true
RETURN n.id AS id,
       n.name AS name,
       n.amount_usd AS amount_usd,
       n.amount AS amount,
       n.currency AS currency,
       n.stake AS stake,
       n.announced AS announced,
       n.status AS status,
       n.sources AS sources,
       n.evidence AS evidence,
       n.certainty AS certainty,
       n.first_seen AS first_seen,
       n.last_seen AS last_seen,
       n.claims AS claims
ORDER BY id;

// merge Document
UNWIND $rows AS row
MERGE (n:Document {id: row.id})
ON CREATE SET n.aikg_managed = true
WITH n, row
WHERE n.aikg_managed = true AND coalesce(n.aikg_hash, '') <> row.aikg_hash
SET n.aikg_hash = row.aikg_hash,
    n.name = row.name,
    n.title = row.title,
    n.source = row.source,
    n.url = row.url,
    n.published = row.published,
    n.language = row.language,
    n.path = row.path,
    n.sha256 = row.sha256
RETURN count(n) AS written;

// managed Document
MATCH (n:Document)
WHERE n.aikg_managed = true
RETURN n.id AS id;

// delete Document
UNWIND $ids AS id
MATCH (n:Document {id: id})
WHERE n.aikg_managed = true AND NOT EXISTS { (n)--() }
DELETE n;

// read Document
MATCH (n:Document)
WHERE n.aikg_managed = true
RETURN n.id AS id,
       n.name AS name,
       n.title AS title,
       n.source AS source,
       n.url AS url,
       n.published AS published,
       n.language AS language,
       n.path AS path,
       n.sha256 AS sha256
ORDER BY id;

// merge INVESTED Company->Investment
UNWIND $rows AS row
MATCH (a:Company {id: row.from_id})
MATCH (b:Investment {id: row.to_id})
MERGE (a)-[r:INVESTED {aikg_managed: true}]->(b)
WITH r, row
WHERE coalesce(r.aikg_hash, '') <> row.aikg_hash
SET r.aikg_hash = row.aikg_hash,
    r.sources = row.sources,
    r.evidence = row.evidence,
    r.certainty = row.certainty,
    r.first_seen = row.first_seen,
    r.last_seen = row.last_seen,
    r.claims = row.claims
RETURN count(r) AS written;

// managed INVESTED Company->Investment
MATCH (a:Company)-[r:INVESTED]->(b:Investment)
WHERE r.aikg_managed = true
RETURN a.id AS from_id, b.id AS to_id;

// delete INVESTED Company->Investment
UNWIND $rows AS row
MATCH (a:Company {id: row.from_id})-[r:INVESTED]->(b:Investment {id: row.to_id})
WHERE r.aikg_managed = true
DELETE r;

// read INVESTED Company->Investment
MATCH (a:Company)-[r:INVESTED]->(b:Investment)
WHERE r.aikg_managed = true
RETURN a.id AS from_id,
       b.id AS to_id,
       r.sources AS sources,
       r.evidence AS evidence,
       r.certainty AS certainty,
       r.first_seen AS first_seen,
       r.last_seen AS last_seen,
       r.claims AS claims
ORDER BY from_id, to_id;

// merge INVESTED Person->Investment
UNWIND $rows AS row
MATCH (a:Person {id: row.from_id})
MATCH (b:Investment {id: row.to_id})
MERGE (a)-[r:INVESTED {aikg_managed: true}]->(b)
WITH r, row
WHERE coalesce(r.aikg_hash, '') <> row.aikg_hash
SET r.aikg_hash = row.aikg_hash,
    r.sources = row.sources,
    r.evidence = row.evidence,
    r.certainty = row.certainty,
    r.first_seen = row.first_seen,
    r.last_seen = row.last_seen,
    r.claims = row.claims
RETURN count(r) AS written;

// managed INVESTED Person->Investment
MATCH (a:Person)-[r:INVESTED]->(b:Investment)
WHERE r.aikg_managed = true
RETURN a.id AS from_id, b.id AS to_id;

// delete INVESTED Person->Investment
UNWIND $rows AS row
MATCH (a:Person {id: row.from_id})-[r:INVESTED]->(b:Investment {id: row.to_id})
WHERE r.aikg_managed = true
DELETE r;

// read INVESTED Person->Investment
MATCH (a:Person)-[r:INVESTED]->(b:Investment)
WHERE r.aikg_managed = true
RETURN a.id AS from_id,
       b.id AS to_id,
       r.sources AS sources,
       r.evidence AS evidence,
       r.certainty AS certainty,
       r.first_seen AS first_seen,
       r.last_seen AS last_seen,
       r.claims AS claims
ORDER BY from_id, to_id;

// merge INTO Investment->Company
UNWIND $rows AS row
MATCH (a:Investment {id: row.from_id})
MATCH (b:Company {id: row.to_id})
MERGE (a)-[r:INTO {aikg_managed: true}]->(b)
WITH r, row
WHERE coalesce(r.aikg_hash, '') <> row.aikg_hash
SET r.aikg_hash = row.aikg_hash,
    r.sources = row.sources,
    r.evidence = row.evidence,
    r.certainty = row.certainty,
    r.first_seen = row.first_seen,
    r.last_seen = row.last_seen,
    r.claims = row.claims
RETURN count(r) AS written;

// managed INTO Investment->Company
MATCH (a:Investment)-[r:INTO]->(b:Company)
WHERE r.aikg_managed = true
RETURN a.id AS from_id, b.id AS to_id;

// delete INTO Investment->Company
UNWIND $rows AS row
MATCH (a:Investment {id: row.from_id})-[r:INTO]->(b:Company {id: row.to_id})
WHERE r.aikg_managed = true
DELETE r;

// read INTO Investment->Company
MATCH (a:Investment)-[r:INTO]->(b:Company)
WHERE r.aikg_managed = true
RETURN a.id AS from_id,
       b.id AS to_id,
       r.sources AS sources,
       r.evidence AS evidence,
       r.certainty AS certainty,
       r.first_seen AS first_seen,
       r.last_seen AS last_seen,
       r.claims AS claims
ORDER BY from_id, to_id;

// merge WORKS_AT Person->Company
UNWIND $rows AS row
MATCH (a:Person {id: row.from_id})
MATCH (b:Company {id: row.to_id})
MERGE (a)-[r:WORKS_AT {aikg_managed: true}]->(b)
WITH r, row
WHERE coalesce(r.aikg_hash, '') <> row.aikg_hash
SET r.aikg_hash = row.aikg_hash,
    r.role = row.role,
    r.status = row.status,
    r.sources = row.sources,
    r.evidence = row.evidence,
    r.certainty = row.certainty,
    r.first_seen = row.first_seen,
    r.last_seen = row.last_seen,
    r.claims = row.claims
RETURN count(r) AS written;

// managed WORKS_AT Person->Company
MATCH (a:Person)-[r:WORKS_AT]->(b:Company)
WHERE r.aikg_managed = true
RETURN a.id AS from_id, b.id AS to_id;

// delete WORKS_AT Person->Company
UNWIND $rows AS row
MATCH (a:Person {id: row.from_id})-[r:WORKS_AT]->(b:Company {id: row.to_id})
WHERE r.aikg_managed = true
DELETE r;

// read WORKS_AT Person->Company
MATCH (a:Person)-[r:WORKS_AT]->(b:Company)
WHERE r.aikg_managed = true
RETURN a.id AS from_id,
       b.id AS to_id,
       r.role AS role,
       r.status AS status,
       r.sources AS sources,
       r.evidence AS evidence,
       r.certainty AS certainty,
       r.first_seen AS first_seen,
       r.last_seen AS last_seen,
       r.claims AS claims
ORDER BY from_id, to_id;

// merge FOUNDED Person->Company
UNWIND $rows AS row
MATCH (a:Person {id: row.from_id})
MATCH (b:Company {id: row.to_id})
MERGE (a)-[r:FOUNDED {aikg_managed: true}]->(b)
WITH r, row
WHERE coalesce(r.aikg_hash, '') <> row.aikg_hash
SET r.aikg_hash = row.aikg_hash,
    r.sources = row.sources,
    r.evidence = row.evidence,
    r.certainty = row.certainty,
    r.first_seen = row.first_seen,
    r.last_seen = row.last_seen,
    r.claims = row.claims
RETURN count(r) AS written;

// managed FOUNDED Person->Company
MATCH (a:Person)-[r:FOUNDED]->(b:Company)
WHERE r.aikg_managed = true
RETURN a.id AS from_id, b.id AS to_id;

// delete FOUNDED Person->Company
UNWIND $rows AS row
MATCH (a:Person {id: row.from_id})-[r:FOUNDED]->(b:Company {id: row.to_id})
WHERE r.aikg_managed = true
DELETE r;

// read FOUNDED Person->Company
MATCH (a:Person)-[r:FOUNDED]->(b:Company)
WHERE r.aikg_managed = true
RETURN a.id AS from_id,
       b.id AS to_id,
       r.sources AS sources,
       r.evidence AS evidence,
       r.certainty AS certainty,
       r.first_seen AS first_seen,
       r.last_seen AS last_seen,
       r.claims AS claims
ORDER BY from_id, to_id;

// merge CLIENT_OF Company->Company
UNWIND $rows AS row
MATCH (a:Company {id: row.from_id})
MATCH (b:Company {id: row.to_id})
MERGE (a)-[r:CLIENT_OF {aikg_managed: true}]->(b)
WITH r, row
WHERE coalesce(r.aikg_hash, '') <> row.aikg_hash
SET r.aikg_hash = row.aikg_hash,
    r.status = row.status,
    r.spend_usd = row.spend_usd,
    r.period = row.period,
    r.sources = row.sources,
    r.evidence = row.evidence,
    r.certainty = row.certainty,
    r.first_seen = row.first_seen,
    r.last_seen = row.last_seen,
    r.claims = row.claims
RETURN count(r) AS written;

// managed CLIENT_OF Company->Company
MATCH (a:Company)-[r:CLIENT_OF]->(b:Company)
WHERE r.aikg_managed = true
RETURN a.id AS from_id, b.id AS to_id;

// delete CLIENT_OF Company->Company
UNWIND $rows AS row
MATCH (a:Company {id: row.from_id})-[r:CLIENT_OF]->(b:Company {id: row.to_id})
WHERE r.aikg_managed = true
DELETE r;

// read CLIENT_OF Company->Company
MATCH (a:Company)-[r:CLIENT_OF]->(b:Company)
WHERE r.aikg_managed = true
RETURN a.id AS from_id,
       b.id AS to_id,
       r.status AS status,
       r.spend_usd AS spend_usd,
       r.period AS period,
       r.sources AS sources,
       r.evidence AS evidence,
       r.certainty AS certainty,
       r.first_seen AS first_seen,
       r.last_seen AS last_seen,
       r.claims AS claims
ORDER BY from_id, to_id;

// merge COMPETES_WITH Company->Company
UNWIND $rows AS row
MATCH (a:Company {id: row.from_id})
MATCH (b:Company {id: row.to_id})
MERGE (a)-[r:COMPETES_WITH {aikg_managed: true}]->(b)
WITH r, row
WHERE coalesce(r.aikg_hash, '') <> row.aikg_hash
SET r.aikg_hash = row.aikg_hash,
    r.sources = row.sources,
    r.evidence = row.evidence,
    r.certainty = row.certainty,
    r.first_seen = row.first_seen,
    r.last_seen = row.last_seen,
    r.claims = row.claims
RETURN count(r) AS written;

// managed COMPETES_WITH Company->Company
MATCH (a:Company)-[r:COMPETES_WITH]->(b:Company)
WHERE r.aikg_managed = true
RETURN a.id AS from_id, b.id AS to_id;

// delete COMPETES_WITH Company->Company
UNWIND $rows AS row
MATCH (a:Company {id: row.from_id})-[r:COMPETES_WITH]->(b:Company {id: row.to_id})
WHERE r.aikg_managed = true
DELETE r;

// read COMPETES_WITH Company->Company
MATCH (a:Company)-[r:COMPETES_WITH]->(b:Company)
WHERE r.aikg_managed = true
RETURN a.id AS from_id,
       b.id AS to_id,
       r.sources AS sources,
       r.evidence AS evidence,
       r.certainty AS certainty,
       r.first_seen AS first_seen,
       r.last_seen AS last_seen,
       r.claims AS claims
ORDER BY from_id, to_id;

// merge ACQUIRED Company->Company
UNWIND $rows AS row
MATCH (a:Company {id: row.from_id})
MATCH (b:Company {id: row.to_id})
MERGE (a)-[r:ACQUIRED {aikg_managed: true}]->(b)
WITH r, row
WHERE coalesce(r.aikg_hash, '') <> row.aikg_hash
SET r.aikg_hash = row.aikg_hash,
    r.amount_usd = row.amount_usd,
    r.status = row.status,
    r.sources = row.sources,
    r.evidence = row.evidence,
    r.certainty = row.certainty,
    r.first_seen = row.first_seen,
    r.last_seen = row.last_seen,
    r.claims = row.claims
RETURN count(r) AS written;

// managed ACQUIRED Company->Company
MATCH (a:Company)-[r:ACQUIRED]->(b:Company)
WHERE r.aikg_managed = true
RETURN a.id AS from_id, b.id AS to_id;

// delete ACQUIRED Company->Company
UNWIND $rows AS row
MATCH (a:Company {id: row.from_id})-[r:ACQUIRED]->(b:Company {id: row.to_id})
WHERE r.aikg_managed = true
DELETE r;

// read ACQUIRED Company->Company
MATCH (a:Company)-[r:ACQUIRED]->(b:Company)
WHERE r.aikg_managed = true
RETURN a.id AS from_id,
       b.id AS to_id,
       r.amount_usd AS amount_usd,
       r.status AS status,
       r.sources AS sources,
       r.evidence AS evidence,
       r.certainty AS certainty,
       r.first_seen AS first_seen,
       r.last_seen AS last_seen,
       r.claims AS claims
ORDER BY from_id, to_id;

// merge ACQUIRED Person->Company
UNWIND $rows AS row
MATCH (a:Person {id: row.from_id})
MATCH (b:Company {id: row.to_id})
MERGE (a)-[r:ACQUIRED {aikg_managed: true}]->(b)
WITH r, row
WHERE coalesce(r.aikg_hash, '') <> row.aikg_hash
SET r.aikg_hash = row.aikg_hash,
    r.amount_usd = row.amount_usd,
    r.status = row.status,
    r.sources = row.sources,
    r.evidence = row.evidence,
    r.certainty = row.certainty,
    r.first_seen = row.first_seen,
    r.last_seen = row.last_seen,
    r.claims = row.claims
RETURN count(r) AS written;

// managed ACQUIRED Person->Company
MATCH (a:Person)-[r:ACQUIRED]->(b:Company)
WHERE r.aikg_managed = true
RETURN a.id AS from_id, b.id AS to_id;

// delete ACQUIRED Person->Company
UNWIND $rows AS row
MATCH (a:Person {id: row.from_id})-[r:ACQUIRED]->(b:Company {id: row.to_id})
WHERE r.aikg_managed = true
DELETE r;

// read ACQUIRED Person->Company
MATCH (a:Person)-[r:ACQUIRED]->(b:Company)
WHERE r.aikg_managed = true
RETURN a.id AS from_id,
       b.id AS to_id,
       r.amount_usd AS amount_usd,
       r.status AS status,
       r.sources AS sources,
       r.evidence AS evidence,
       r.certainty AS certainty,
       r.first_seen AS first_seen,
       r.last_seen AS last_seen,
       r.claims AS claims
ORDER BY from_id, to_id;

// merge PARTNERS_WITH Company->Company
UNWIND $rows AS row
MATCH (a:Company {id: row.from_id})
MATCH (b:Company {id: row.to_id})
MERGE (a)-[r:PARTNERS_WITH {aikg_managed: true}]->(b)
WITH r, row
WHERE coalesce(r.aikg_hash, '') <> row.aikg_hash
SET r.aikg_hash = row.aikg_hash,
    r.sources = row.sources,
    r.evidence = row.evidence,
    r.certainty = row.certainty,
    r.first_seen = row.first_seen,
    r.last_seen = row.last_seen,
    r.claims = row.claims
RETURN count(r) AS written;

// managed PARTNERS_WITH Company->Company
MATCH (a:Company)-[r:PARTNERS_WITH]->(b:Company)
WHERE r.aikg_managed = true
RETURN a.id AS from_id, b.id AS to_id;

// delete PARTNERS_WITH Company->Company
UNWIND $rows AS row
MATCH (a:Company {id: row.from_id})-[r:PARTNERS_WITH]->(b:Company {id: row.to_id})
WHERE r.aikg_managed = true
DELETE r;

// read PARTNERS_WITH Company->Company
MATCH (a:Company)-[r:PARTNERS_WITH]->(b:Company)
WHERE r.aikg_managed = true
RETURN a.id AS from_id,
       b.id AS to_id,
       r.sources AS sources,
       r.evidence AS evidence,
       r.certainty AS certainty,
       r.first_seen AS first_seen,
       r.last_seen AS last_seen,
       r.claims AS claims
ORDER BY from_id, to_id;

// merge MENTIONS Document->Company
UNWIND $rows AS row
MATCH (a:Document {id: row.from_id})
MATCH (b:Company {id: row.to_id})
MERGE (a)-[r:MENTIONS {aikg_managed: true}]->(b)
WITH r, row
WHERE coalesce(r.aikg_hash, '') <> row.aikg_hash
SET r.aikg_hash = row.aikg_hash,
    r.sources = row.sources,
    r.evidence = row.evidence,
    r.certainty = row.certainty,
    r.first_seen = row.first_seen,
    r.last_seen = row.last_seen,
    r.claims = row.claims
RETURN count(r) AS written;

// managed MENTIONS Document->Company
MATCH (a:Document)-[r:MENTIONS]->(b:Company)
WHERE r.aikg_managed = true
RETURN a.id AS from_id, b.id AS to_id;

// delete MENTIONS Document->Company
UNWIND $rows AS row
MATCH (a:Document {id: row.from_id})-[r:MENTIONS]->(b:Company {id: row.to_id})
WHERE r.aikg_managed = true
DELETE r;

// read MENTIONS Document->Company
MATCH (a:Document)-[r:MENTIONS]->(b:Company)
WHERE r.aikg_managed = true
RETURN a.id AS from_id,
       b.id AS to_id,
       r.sources AS sources,
       r.evidence AS evidence,
       r.certainty AS certainty,
       r.first_seen AS first_seen,
       r.last_seen AS last_seen,
       r.claims AS claims
ORDER BY from_id, to_id;

// merge MENTIONS Document->Person
UNWIND $rows AS row
MATCH (a:Document {id: row.from_id})
MATCH (b:Person {id: row.to_id})
MERGE (a)-[r:MENTIONS {aikg_managed: true}]->(b)
WITH r, row
WHERE coalesce(r.aikg_hash, '') <> row.aikg_hash
SET r.aikg_hash = row.aikg_hash,
    r.sources = row.sources,
    r.evidence = row.evidence,
    r.certainty = row.certainty,
    r.first_seen = row.first_seen,
    r.last_seen = row.last_seen,
    r.claims = row.claims
RETURN count(r) AS written;

// managed MENTIONS Document->Person
MATCH (a:Document)-[r:MENTIONS]->(b:Person)
WHERE r.aikg_managed = true
RETURN a.id AS from_id, b.id AS to_id;

// delete MENTIONS Document->Person
UNWIND $rows AS row
MATCH (a:Document {id: row.from_id})-[r:MENTIONS]->(b:Person {id: row.to_id})
WHERE r.aikg_managed = true
DELETE r;

// read MENTIONS Document->Person
MATCH (a:Document)-[r:MENTIONS]->(b:Person)
WHERE r.aikg_managed = true
RETURN a.id AS from_id,
       b.id AS to_id,
       r.sources AS sources,
       r.evidence AS evidence,
       r.certainty AS certainty,
       r.first_seen AS first_seen,
       r.last_seen AS last_seen,
       r.claims AS claims
ORDER BY from_id, to_id;

// merge MENTIONS Document->Investment
UNWIND $rows AS row
MATCH (a:Document {id: row.from_id})
MATCH (b:Investment {id: row.to_id})
MERGE (a)-[r:MENTIONS {aikg_managed: true}]->(b)
WITH r, row
WHERE coalesce(r.aikg_hash, '') <> row.aikg_hash
SET r.aikg_hash = row.aikg_hash,
    r.sources = row.sources,
    r.evidence = row.evidence,
    r.certainty = row.certainty,
    r.first_seen = row.first_seen,
    r.last_seen = row.last_seen,
    r.claims = row.claims
RETURN count(r) AS written;

// managed MENTIONS Document->Investment
MATCH (a:Document)-[r:MENTIONS]->(b:Investment)
WHERE r.aikg_managed = true
RETURN a.id AS from_id, b.id AS to_id;

// delete MENTIONS Document->Investment
UNWIND $rows AS row
MATCH (a:Document {id: row.from_id})-[r:MENTIONS]->(b:Investment {id: row.to_id})
WHERE r.aikg_managed = true
DELETE r;

// read MENTIONS Document->Investment
MATCH (a:Document)-[r:MENTIONS]->(b:Investment)
WHERE r.aikg_managed = true
RETURN a.id AS from_id,
       b.id AS to_id,
       r.sources AS sources,
       r.evidence AS evidence,
       r.certainty AS certainty,
       r.first_seen AS first_seen,
       r.last_seen AS last_seen,
       r.claims AS claims
ORDER BY from_id, to_id;

