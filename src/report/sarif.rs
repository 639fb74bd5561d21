//! `--format sarif`: SARIF 2.1.0, as GitHub code scanning ingests it.
//!
//! One run whose tool driver lists every rule planlint knows, with its
//! summary, description, Markdown documentation and default level (in the
//! language of the findings; ids and machine fields stay English), and one
//! result per finding. Columns are counted in UTF-16 code units, as the run's
//! `columnKind` (`utf16CodeUnits`) says; lines and columns are 1-based and
//! `endColumn` is one past the last character. Artifact URIs are the paths as
//! given, with forward slashes and percent-encoded, relative to `%SRCROOT%`
//! (absolute paths become `file://` URIs). Each result carries a
//! `primaryLocationLineHash` that stays the same when lines above it move
//! (see [`fingerprint`](super::fingerprint)).
//!
//! The run's one invocation says whether planlint could check every file
//! (`executionSuccessful`); each file it could not check is a
//! `toolExecutionNotification` at level `error`, with the file as its
//! location, `file-error` as its descriptor and the reason in its message,
//! where GitHub code scanning shows tool problems.
//!
//! The document is written when the run ends: findings are held until then.

use std::fmt::Write as _;
use std::io::{self, Write};

use serde::Serialize;

use super::fingerprint::line_hashes;
use super::{FILE_ERROR, FileReport, Place, Range, Reporter, Summary, Unreadable};
use crate::diagnostic::Severity;
use crate::line_index::ColumnUnit;
use crate::model::{Language, Span};
use crate::rules::RuleMeta;

const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The SARIF reporter.
#[derive(Debug)]
pub struct Sarif {
    rules: Vec<&'static RuleMeta>,
    /// Ids of findings whose rule is not in `rules`, in order of appearance.
    unknown: Vec<&'static str>,
    results: Vec<SarifResult>,
    /// One per file that could not be checked.
    notifications: Vec<Notification>,
}

impl Sarif {
    /// A SARIF reporter whose driver lists `rules` (the CLI passes every rule
    /// of the registry). Findings of other rules still get a minimal rule entry.
    #[must_use]
    pub fn new(rules: Vec<&'static RuleMeta>) -> Self {
        Self {
            rules,
            unknown: Vec::new(),
            results: Vec::new(),
            notifications: Vec::new(),
        }
    }

    fn rule_index(&mut self, id: &'static str) -> usize {
        if let Some(i) = self.rules.iter().position(|r| r.id == id) {
            return i;
        }
        let i = self
            .unknown
            .iter()
            .position(|&u| u == id)
            .unwrap_or_else(|| {
                self.unknown.push(id);
                self.unknown.len() - 1
            });
        self.rules.len() + i
    }
}

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    invocations: [Invocation<'a>; 1],
    column_kind: &'static str,
    results: &'a [SarifResult],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation<'a> {
    execution_successful: bool,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    tool_execution_notifications: &'a [Notification],
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Notification {
    level: &'static str,
    message: Message,
    locations: [NotificationLocation; 1],
    descriptor: DescriptorReference,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct NotificationLocation {
    physical_location: ArtifactOnly,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactOnly {
    artifact_location: ArtifactLocation,
}

#[derive(Debug, Serialize)]
struct DescriptorReference {
    id: &'static str,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    information_uri: &'static str,
    rules: Vec<Descriptor>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Descriptor {
    id: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'static str>,
    short_description: Message,
    #[serde(skip_serializing_if = "Option::is_none")]
    full_description: Option<Message>,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<Help>,
    #[serde(skip_serializing_if = "Option::is_none")]
    default_configuration: Option<Configuration>,
}

#[derive(Serialize)]
struct Help {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
struct Configuration {
    #[serde(skip_serializing_if = "is_true")]
    enabled: bool,
    level: &'static str,
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde passes fields by reference
fn is_true(value: &bool) -> bool {
    *value
}

#[derive(Debug, Serialize)]
struct Message {
    text: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Message,
    locations: [Location; 1],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location>,
    partial_fingerprints: Fingerprints,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fixes: Vec<Fix>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
#[allow(clippy::struct_field_names)] // SARIF's names
struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Message>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Fingerprints {
    primary_location_line_hash: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Fix {
    description: Message,
    artifact_changes: [ArtifactChange; 1],
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactChange {
    artifact_location: ArtifactLocation,
    replacements: [Replacement; 1],
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Replacement {
    deleted_region: Region,
    inserted_content: Message,
}

fn to_region(range: Range) -> Region {
    Region {
        start_line: range.start.line,
        start_column: range.start.column,
        end_line: range.end.line,
        end_column: range.end.column,
    }
}

impl Reporter for Sarif {
    fn file(&mut self, _out: &mut dyn Write, file: &FileReport<'_>) -> io::Result<()> {
        let artifact = artifact_location(file.path);
        let region = |span: Span| to_region(file.range(span, ColumnUnit::Utf16));
        let hashes = line_hashes(file);
        for (d, hash) in file.diagnostics.iter().zip(hashes) {
            let rule_index = self.rule_index(d.rule);
            self.results.push(SarifResult {
                rule_id: d.rule,
                rule_index,
                level: level(d.severity),
                message: Message {
                    text: d.message.clone(),
                },
                locations: [Location {
                    id: None,
                    physical_location: PhysicalLocation {
                        artifact_location: artifact.clone(),
                        region: region(d.span),
                    },
                    message: d.label.clone().map(|text| Message { text }),
                }],
                related_locations: d
                    .secondary
                    .iter()
                    .filter_map(|label| {
                        let (artifact_location, region) = match file.place(label, ColumnUnit::Utf16)
                        {
                            Place::Here(range) => (artifact.clone(), to_region(range)),
                            Place::There { file, range } => {
                                (artifact_location(&file.path), to_region(range))
                            }
                            Place::Gone => return None,
                        };
                        Some((artifact_location, region, &label.message))
                    })
                    .enumerate()
                    .map(|(i, (artifact_location, region, message))| Location {
                        id: Some(i + 1),
                        physical_location: PhysicalLocation {
                            artifact_location,
                            region,
                        },
                        message: Some(Message {
                            text: message.clone(),
                        }),
                    })
                    .collect(),
                partial_fingerprints: Fingerprints {
                    primary_location_line_hash: hash.to_string(),
                },
                fixes: d
                    .fix
                    .iter()
                    .map(|fix| Fix {
                        description: Message {
                            text: fix.description.clone(),
                        },
                        artifact_changes: [ArtifactChange {
                            artifact_location: artifact.clone(),
                            replacements: [Replacement {
                                deleted_region: region(fix.span),
                                inserted_content: Message {
                                    text: fix.replacement.clone(),
                                },
                            }],
                        }],
                    })
                    .collect(),
            });
        }
        Ok(())
    }

    fn unreadable(&mut self, _out: &mut dyn Write, file: &Unreadable<'_>) -> io::Result<()> {
        self.notifications.push(Notification {
            level: "error",
            message: Message {
                text: format!("{}: {}", file.path, file.reason),
            },
            locations: [NotificationLocation {
                physical_location: ArtifactOnly {
                    artifact_location: artifact_location(file.path),
                },
            }],
            descriptor: DescriptorReference { id: FILE_ERROR },
        });
        Ok(())
    }

    fn end(&mut self, out: &mut dyn Write, summary: &Summary) -> io::Result<()> {
        // The rules are described in the language of the run's findings
        // (English when plans in several languages were checked).
        let language = summary.language.unwrap_or(Language::En);
        let mut rules: Vec<Descriptor> =
            self.rules.iter().map(|r| descriptor(r, language)).collect();
        rules.extend(self.unknown.iter().map(|&id| Descriptor {
            id,
            name: None,
            short_description: Message {
                text: id.to_owned(),
            },
            full_description: None,
            help: None,
            default_configuration: None,
        }));
        let log = Log {
            schema: SCHEMA,
            version: "2.1.0",
            runs: [Run {
                tool: Tool {
                    driver: Driver {
                        name: "planlint",
                        version: env!("CARGO_PKG_VERSION"),
                        semantic_version: env!("CARGO_PKG_VERSION"),
                        information_uri: env!("CARGO_PKG_HOMEPAGE"),
                        rules,
                    },
                },
                invocations: [Invocation {
                    execution_successful: self.notifications.is_empty(),
                    tool_execution_notifications: &self.notifications,
                }],
                column_kind: "utf16CodeUnits",
                results: &self.results,
            }],
        };
        serde_json::to_writer_pretty(&mut *out, &log)?;
        writeln!(out)
    }
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A rule's descriptor: its id and name stay English, its descriptions
/// and help are in `language`.
fn descriptor(meta: &RuleMeta, language: Language) -> Descriptor {
    let (short, full, docs) = if language == Language::En {
        let described: Vec<String> = ["What it does", "Why is this bad?"]
            .iter()
            .filter_map(|title| meta.section(title))
            .filter(|s| !s.is_empty())
            .map(|s| unwrap_lines(&s))
            .collect();
        (meta.summary(), described.join("\n\n"), meta.docs())
    } else {
        (
            meta.summary_in(language),
            format!("{}\n\n{}", meta.what_in(language), meta.why_in(language)),
            meta.docs_in(language),
        )
    };
    Descriptor {
        id: meta.id,
        name: Some(meta.name),
        short_description: Message { text: short },
        full_description: (!full.is_empty()).then_some(Message { text: full }),
        help: Some(Help {
            text: docs.clone(),
            markdown: docs,
        }),
        default_configuration: Some(match meta.default {
            Some(severity) => Configuration {
                enabled: true,
                level: level(severity),
            },
            None => Configuration {
                enabled: false,
                level: "warning",
            },
        }),
    }
}

/// Joins the lines of each paragraph of `text` with spaces.
fn unwrap_lines(text: &str) -> String {
    text.split("\n\n")
        .map(|p| p.lines().map(str::trim).collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Where a file is, as SARIF wants it: a relative URI reference against
/// `%SRCROOT%`, or a `file://` URI for an absolute path.
fn artifact_location(path: &str) -> ArtifactLocation {
    let path = path.replace('\\', "/");
    let drive =
        path.len() >= 3 && path.as_bytes()[0].is_ascii_alphabetic() && path[1..].starts_with(":/");
    if path.starts_with('/') || drive {
        let slash = if drive { "/" } else { "" };
        return ArtifactLocation {
            uri: format!("file://{slash}{}", percent_encode(&path, drive)),
            uri_base_id: None,
        };
    }
    ArtifactLocation {
        uri: percent_encode(&path, false),
        uri_base_id: Some("%SRCROOT%"),
    }
}

/// `path` with every byte other than an unreserved URI character or `/`
/// percent-encoded (and the drive letter's `:` kept when `drive`).
fn percent_encode(path: &str, drive: bool) -> String {
    let mut out = String::with_capacity(path.len());
    for (i, &b) in path.as_bytes().iter().enumerate() {
        if b.is_ascii_alphanumeric()
            || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/')
            || (drive && i == 1)
        {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_relative_forward_slashed_and_percent_encoded() {
        let relative = artifact_location("plans\\創新 科技#1.txt");
        assert_eq!(
            relative.uri,
            "plans/%E5%89%B5%E6%96%B0%20%E7%A7%91%E6%8A%80%231.txt"
        );
        assert_eq!(relative.uri_base_id, Some("%SRCROOT%"));
        let absolute = artifact_location("/tmp/a b.txt");
        assert_eq!(absolute.uri, "file:///tmp/a%20b.txt");
        assert_eq!(absolute.uri_base_id, None);
        assert_eq!(
            artifact_location("C:\\plans\\a.txt").uri,
            "file:///C:/plans/a.txt"
        );
    }
}
