//! `planlint.schema.json`: generated from the config types, committed for
//! editors, kept current here, and checked with a JSON-schema validator
//! against the README's example and against mistakes.

use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn committed() -> serde_json::Value {
    let text = std::fs::read_to_string(Path::new(ROOT).join("planlint.schema.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// `UPDATE_SCHEMA=1 cargo test --test schema` writes the schema again.
#[test]
fn committed_schema_is_current() {
    let generated = planlint::config::schema();
    let text = serde_json::to_string_pretty(&generated).unwrap() + "\n";
    let path = Path::new(ROOT).join("planlint.schema.json");
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &text).unwrap();
    }
    assert_eq!(
        std::fs::read_to_string(&path).unwrap_or_default(),
        text,
        "planlint.schema.json is out of date: run UPDATE_SCHEMA=1 cargo test --test schema"
    );
}

/// The config example of the README, as TOML parsed into JSON.
fn readme_example() -> String {
    let readme = std::fs::read_to_string(Path::new(ROOT).join("README.md")).unwrap();
    let section = &readme[readme.find("## Configuration").unwrap()..];
    let start = section.find("```toml\n").unwrap() + "```toml\n".len();
    let end = start + section[start..].find("```").unwrap();
    section[start..end].to_owned()
}

fn as_json(toml_text: &str) -> serde_json::Value {
    let value: toml::Value = toml::from_str(toml_text).unwrap();
    serde_json::to_value(value).unwrap()
}

/// The validator's messages for `toml_text`, one per error.
fn errors(toml_text: &str) -> Vec<String> {
    let schema = committed();
    let validator = jsonschema::validator_for(&schema).unwrap();
    validator
        .iter_errors(&as_json(toml_text))
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn accepts_the_readme_example() {
    let example = readme_example();
    assert!(example.contains("[rules]"), "{example}");
    assert_eq!(errors(&example), Vec::<String>::new());
    // planlint reads it too.
    planlint::config::Settings::from_config(Path::new("planlint.toml"), &example).unwrap();
}

#[test]
fn rejects_a_misspelt_key_naming_it() {
    let found = errors("[file]\ninclude = [\"plans/**\"]\n");
    assert!(found.iter().any(|e| e.contains("'file'")), "{found:?}");
    let found = errors("[files]\nexlude = [\"drafts/**\"]\n");
    assert!(found.iter().any(|e| e.contains("'exlude'")), "{found:?}");
    let found = errors("[rules]\nmalformed-dates = \"off\"\n");
    assert!(
        found.iter().any(|e| e.contains("'malformed-dates'")),
        "{found:?}"
    );
}

#[test]
fn rejects_a_wrong_severity_naming_it() {
    let found = errors("[rules]\nmalformed-date = \"fatal\"\n");
    assert!(
        found
            .iter()
            .any(|e| e.starts_with("/rules/malformed-date") && e.contains("\"fatal\"")),
        "{found:?}"
    );
    let found = errors("encoding = \"big5\"\n");
    assert!(found.iter().any(|e| e.contains("\"big5\"")), "{found:?}");
}

/// Every rule is listed, with its summary, for completion.
#[test]
fn lists_every_rule() {
    let schema = committed();
    let rules = &schema["properties"]["rules"]["properties"];
    for meta in planlint::rules::registry::all() {
        assert!(
            rules[meta.id]["description"].is_string(),
            "{} missing",
            meta.id
        );
    }
}
