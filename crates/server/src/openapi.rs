//! The OpenAPI 3.1 document of `/api/v1`, built from the same route list the router uses
//! (`ROUTES`), served at `/api/openapi.json` and committed as `docs/openapi.json`; a test
//! fails when the committed file and this code drift apart.

use serde_json::{Value, json};

/// Every API route: (method, path, summary, query parameters, response schema name).
pub const ROUTES: &[(&str, &str, &str, &[&str], &str)] = &[
    (
        "get",
        "/api/v1/events",
        "Events, filtered and paginated (cursor).",
        &[
            "from", "to", "state", "city", "kind", "q", "cursor", "limit",
        ],
        "EventPage",
    ),
    (
        "get",
        "/api/v1/events/{id}",
        "One event: its incident record, the joins and its reports.",
        &[],
        "EventDetail",
    ),
    (
        "post",
        "/api/v1/reports",
        "Fold new reports (JSON Lines body); needs the bearer token.",
        &[],
        "IngestResult",
    ),
    (
        "get",
        "/api/v1/reports/{id}",
        "One report: clean text, metadata, boilerplate removed, copy and event.",
        &[],
        "Report",
    ),
    (
        "get",
        "/api/v1/search",
        "Full-text search over report titles and bodies.",
        &["q", "limit"],
        "SearchHits",
    ),
    (
        "get",
        "/api/v1/count",
        "Counts over incidents (never reports), grouped and filtered.",
        &[
            "by", "kind", "state", "city", "from", "to", "role", "status", "title",
        ],
        "CountRows",
    ),
];

fn schemas() -> Value {
    let nullable = |t: &str| json!({"type": [t, "null"]});
    json!({
        "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "object", "required": ["code", "message"], "properties": {"code": {"type": "string"}, "message": {"type": "string"}}}}},
        "EventRow": {"type": "object", "required": ["id", "kind", "reports"], "properties": {
            "id": {"type": "string"}, "kind": {"type": "string"}, "date": nullable("string"), "city": nullable("string"),
            "state": nullable("string"), "killed": nullable("integer"), "injured": nullable("integer"), "reports": {"type": "integer"}}},
        "EventPage": {"type": "object", "required": ["events", "next_cursor"], "properties": {
            "events": {"type": "array", "items": {"$ref": "#/components/schemas/EventRow"}}, "next_cursor": nullable("string")}},
        "EventDetail": {"type": "object", "required": ["row", "incident", "joins", "reports"], "properties": {
            "row": {"$ref": "#/components/schemas/EventRow"}, "incident": {"type": "object"},
            "joins": {"type": "array", "items": {"type": "object"}}, "reports": {"type": "array", "items": {"$ref": "#/components/schemas/Report"}}}},
        "Report": {"type": "object", "required": ["raw", "event_id", "clean", "facts"], "properties": {
            "raw": {"type": "object"}, "event_id": {"type": "string"}, "copy_of": nullable("string"), "relation": nullable("string"),
            "containment": nullable("number"), "jaccard": nullable("number"), "clean": {"type": "object"}, "facts": {"type": "object"}}},
        "SearchHits": {"type": "array", "items": {"type": "object", "required": ["report", "event", "snippet"], "properties": {
            "report": {"type": "string"}, "event": {"type": "string"}, "title": nullable("string"), "snippet": {"type": "string"}}}},
        "CountRows": {"type": "array", "items": {"type": "object", "required": ["key", "incidents", "killed", "injured", "participants"], "properties": {
            "key": {"type": "string"}, "incidents": {"type": "integer"}, "killed": {"type": "integer"}, "injured": {"type": "integer"}, "participants": {"type": "integer"}}}},
        "IngestResult": {"type": "object", "required": ["added", "unchanged", "replaced", "skipped", "errors", "events"], "properties": {
            "added": {"type": "integer"}, "unchanged": {"type": "integer"}, "replaced": {"type": "integer"}, "skipped": {"type": "integer"},
            "errors": {"type": "array", "items": {"type": "string"}}, "events": {"type": "integer"}}},
    })
}

/// The document.
pub fn document() -> Value {
    let error = json!({"description": "error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}});
    let mut paths = serde_json::Map::new();
    for (method, path, summary, query, schema) in ROUTES {
        let mut params: Vec<Value> = query
            .iter()
            .map(|q| {
                let schema = match *q {
                    "limit" if path.ends_with("search") => json!({"type": "integer", "minimum": 1, "maximum": 200}),
                    "limit" => json!({"type": "integer", "minimum": 1, "maximum": 500}),
                    "cursor" => json!({"type": "string", "pattern": "^[0-9]*$", "maxLength": 18}),
                    "by" => json!({"type": "string", "pattern": "^((none|state|city|year|month|kind|role|status|title)(,(none|state|city|year|month|kind|role|status|title))*)?$"}),
                    _ => json!({"type": "string"}),
                };
                json!({"name": q, "in": "query", "required": *q == "q" && path.ends_with("search"), "schema": schema})
            })
            .collect();
        if path.contains("{id}") {
            params.push(
                json!({"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}),
            );
        }
        let ok = json!({"description": "ok", "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{schema}")}}}});
        let mut op = json!({"summary": summary, "parameters": params, "responses": {"200": ok, "400": error.clone(), "404": error.clone()}});
        if *method == "post" {
            op["requestBody"] = json!({"required": true, "content": {"text/plain": {"schema": {"type": "string", "description": "JSON Lines: one report a line"}}}});
            op["security"] = json!([{"bearer": []}]);
            op["responses"]["401"] = error.clone();
            op["responses"]["403"] = error.clone();
        }
        let entry = paths.entry(path.to_string()).or_insert_with(|| json!({}));
        entry[*method] = op;
    }
    json!({
        "openapi": "3.1.0",
        "info": {"title": "storyfold", "version": env!("CARGO_PKG_VERSION"), "description": "One record per real-world event, every fact with its sources. Schema version 1."},
        "paths": paths,
        "components": {"schemas": schemas(), "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn committed_document_matches_the_code() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/openapi.json");
        let generated = serde_json::to_string_pretty(&super::document()).unwrap() + "\n";
        if std::env::var_os("STORYFOLD_BLESS").is_some() {
            std::fs::write(&path, &generated).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "docs/openapi.json is out of date: run `STORYFOLD_BLESS=1 cargo test -p storyfold-server` and commit it"
        );
    }
}
