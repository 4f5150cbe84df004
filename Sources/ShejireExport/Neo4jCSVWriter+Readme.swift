extension Neo4jCSVWriter {
    /// The `README.md` written beside the CSV files: the exact `neo4j-admin` command and a
    /// `LOAD CSV` alternative.
    public static let readme = #"""
        # Shejire graph for Neo4j

        `nodes.csv` holds one row per entity, `relationships.csv` one row per relation, with the
        header conventions of `neo4j-admin database import` (`:ID`, `:LABEL`, `:START_ID`,
        `:END_ID`, `:TYPE`, typed columns such as `weight:double`, arrays such as
        `aliases:string[]` whose items are separated by `;`). Every node has the label `Entity`
        and one of `Person`, `Organisation`, `Place`, `Date`, `Event`, `Position`; its id is
        stored in the `id` property. Relationship types are the predicates in upper case
        (`HOLDS_POSITION`, `MEMBER_OF`, `PART_OF`, `LOCATED_IN`, `HELD_IN`, `PARTICIPATED_IN`,
        `ORGANISED_BY`, `CO_OCCURS_WITH`); `key` is the stable relation id.

        ## Bulk import into an empty database (fastest)

        Stop the database, then run from this directory (Neo4j 5 or later; the Community edition
        can only import into the database named `neo4j`):

        ```sh
        neo4j-admin database import full --overwrite-destination --array-delimiter=";" --multiline-fields=true --nodes=nodes.csv --relationships=relationships.csv neo4j
        ```

        Start the database again and, for fast look-ups by id:

        ```cypher
        CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
        ```

        ## LOAD CSV into a running database (alternative)

        Copy `nodes.csv` and `relationships.csv` into the database's `import/` directory and run
        the following in `cypher-shell` (in Neo4j Browser, put `:auto` before each `LOAD CSV`).
        Dynamic labels and types (`$(...)`) need Neo4j 5.26 or later.

        ```cypher
        CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

        LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
        CALL (row) {
          MERGE (n:Entity {id: row.`id:ID`})
          SET n:$(split(row.`:LABEL`, ';')),
              n.name = row.name,
              n.type = row.type,
              n.aliases = CASE WHEN row.`aliases:string[]` IS NULL THEN null ELSE split(row.`aliases:string[]`, ';') END,
              n.external_ids = CASE WHEN row.`external_ids:string[]` IS NULL THEN null ELSE split(row.`external_ids:string[]`, ';') END,
              n.latitude = toFloat(row.`latitude:double`),
              n.longitude = toFloat(row.`longitude:double`),
              n.mention_count = toInteger(row.`mention_count:long`),
              n.document_count = toInteger(row.`document_count:long`),
              n.attributes = CASE WHEN row.`attributes:string[]` IS NULL THEN null ELSE split(row.`attributes:string[]`, ';') END
        } IN TRANSACTIONS OF 10000 ROWS;

        LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
        CALL (row) {
          MATCH (a:Entity {id: row.`:START_ID`})
          MATCH (b:Entity {id: row.`:END_ID`})
          MERGE (a)-[r:$(row.`:TYPE`) {key: row.key}]->(b)
          SET r.label = row.label,
              r.predicate = row.predicate,
              r.weight = toFloat(row.`weight:double`),
              r.confidence = toFloat(row.`confidence:double`),
              r.qualifiers = CASE WHEN row.`qualifiers:string[]` IS NULL THEN null ELSE split(row.`qualifiers:string[]`, ';') END,
              r.date = row.date, r.role = row.role, r.since = row.since, r.title = row.title, r.until = row.until,
              r.evidence_count = toInteger(row.`evidence_count:long`),
              r.first_document = row.first_document,
              r.last_document = row.last_document,
              r.evidence_documents = CASE WHEN row.`evidence_documents:string[]` IS NULL THEN null ELSE split(row.`evidence_documents:string[]`, ';') END
        } IN TRANSACTIONS OF 10000 ROWS;
        ```

        ## Notes

        - An empty field means "no value"; Neo4j does not set the property.
        - A `;` inside an array item was written as `；` (U+FF1B), since the importer cannot escape it.
        - Cells that begin with `=`, `+`, `-` or `@` are quoted. Exports made with the
          spreadsheet-safe option also begin them with `'`, so spreadsheets do not run them as
          formulas; that `'` is then part of the imported value.

        """#
}
