// name: partners_and_rivals
// Partners and competitors of a company, as the articles state them.
// params: company
MATCH (c:Company)-[r:PARTNERS_WITH|COMPETES_WITH]-(o:Company)
WHERE c.name = $company
RETURN o.name AS other, CASE WHEN r.evidence IS NULL THEN NULL ELSE size(r.evidence) END AS sentences,
       r.sources AS sources
ORDER BY other
