// Lints Cypher with Neo4j's own parser and semantic checker, the npm package
// @neo4j-cypher/language-support (lintCypherQuery), pinned by package-lock.json.
// Runs offline: everything it needs is in node_modules.
//
// stdin: JSON, either a list of statements or
//   {"statements": [...], "schema": {"labels": [], "relationshipTypes": [],
//    "propertyKeys": []}, "versions": ["CYPHER 5", "CYPHER 25"]}
// where a statement is a string or {"query": "...", "parameters": {"rows": []}}.
// stdout: JSON list, one entry per statement:
//   {"statements": <how many statements the linter's splitter sees>,
//    "diagnostics": [{"version", "severity", "message", "line", "column", "text"}]}
// A parameter not declared for its statement is an error, so a statement that
// expects a value it is not given fails here, as it would on the server.
"use strict";

const {
  lintCypherQuery,
  parseStatementsStrs,
  testData,
} = require("@neo4j-cypher/language-support");

const SEVERITY = { 1: "error", 2: "warning", 3: "information", 4: "hint" };

function readStdin() {
  return require("fs").readFileSync(0, "utf8");
}

function main() {
  const input = JSON.parse(readStdin());
  const request = Array.isArray(input) ? { statements: input } : input;
  const schema = request.schema || {};
  const versions = request.versions || ["CYPHER 5", "CYPHER 25"];
  // The function and procedure registry of a real Neo4j (shipped with the
  // package); labels, types and properties come from aikg's schema, so a
  // misspelt name warns and an unknown function is an error.
  const registry = testData.mockSchema;

  const out = request.statements.map((item) => {
    const statement = typeof item === "string" ? { query: item } : item;
    const diagnostics = [];
    for (const version of versions) {
      const dbSchema = {
        labels: schema.labels || [],
        relationshipTypes: schema.relationshipTypes || [],
        propertyKeys: schema.propertyKeys || [],
        functions: registry.functions,
        procedures: registry.procedures,
        parameters: statement.parameters || {},
        defaultLanguage: version,
      };
      const result = lintCypherQuery(statement.query, dbSchema, {
        consoleCommandsEnabled: Boolean(statement.console),
      });
      for (const d of result.diagnostics) {
        diagnostics.push({
          version,
          severity: SEVERITY[d.severity] || String(d.severity),
          message: d.message,
          line: d.range.start.line + 1,
          column: d.range.start.character + 1,
          text: statement.query.slice(d.offsets.start, d.offsets.end),
        });
      }
    }
    return {
      statements: parseStatementsStrs(statement.query).length,
      diagnostics,
    };
  });
  process.stdout.write(JSON.stringify(out));
}

main();
