//! `initialize`: negotiate the position encoding and announce what the server does;
//! `initialized`: ask the client to watch config files.

use lsp_server::ResponseError;
use lsp_types::request::RegisterCapability;
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionProviderCapability,
    DidChangeWatchedFilesRegistrationOptions, FileSystemWatcher, GlobPattern,
    HoverProviderCapability, InitializeParams, InitializeResult, InitializedParams, MarkupKind,
    PositionEncodingKind, Registration, RegistrationParams, SaveOptions, ServerCapabilities,
    ServerInfo, TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions,
    TextDocumentSyncSaveOptions, WorkspaceFoldersServerCapabilities, WorkspaceServerCapabilities,
};

use crate::line_index::ColumnUnit;
use crate::lsp::publish::ClientOptions;
use crate::lsp::server::{Phase, Server};
use crate::lsp::transport::log;
use crate::lsp::uri;

/// Answers `initialize`. Parameters a client gets wrong are logged and
/// replaced by defaults rather than refused: the encoding is read from the
/// raw message, so it is negotiated even then.
pub fn handle(
    server: &mut Server,
    raw: &serde_json::Value,
) -> Result<InitializeResult, ResponseError> {
    let params: InitializeParams = serde_json::from_value(raw.clone()).unwrap_or_else(|e| {
        log(&format!(
            "`initialize` params not understood ({e}); using defaults"
        ));
        InitializeParams::default()
    });
    let offers_utf8 = raw
        .pointer("/capabilities/general/positionEncodings")
        .and_then(serde_json::Value::as_array)
        .is_some_and(|list| list.iter().any(|e| e == "utf-8"));
    let (unit, encoding) = if offers_utf8 {
        (ColumnUnit::Utf8, PositionEncodingKind::UTF8)
    } else {
        (ColumnUnit::Utf16, PositionEncodingKind::UTF16)
    };
    let text_document = params.capabilities.text_document.as_ref();
    let related_information = text_document
        .and_then(|t| t.publish_diagnostics.as_ref())
        .and_then(|p| p.related_information)
        .unwrap_or(false);
    let markdown = text_document
        .and_then(|t| t.hover.as_ref())
        .and_then(|h| h.content_format.as_ref())
        .is_none_or(|formats| formats.contains(&MarkupKind::Markdown));
    // The editor's language, when it says: zh-HK and zh-TW read Traditional
    // Chinese, zh-CN and zh-SG Simplified; otherwise each plan's own.
    let lang = params
        .locale
        .as_deref()
        .and_then(crate::i18n::Lang::from_locale)
        .unwrap_or_default();
    if lang != crate::i18n::Lang::Auto {
        server.configs.set_lang(lang);
    }
    server.client = ClientOptions {
        unit,
        related_information,
        markdown,
        lang,
    };
    server.watch_files = params
        .capabilities
        .workspace
        .as_ref()
        .and_then(|w| w.did_change_watched_files)
        .and_then(|w| w.dynamic_registration)
        .unwrap_or(false);
    #[allow(deprecated)] // `rootUri` is what clients without workspace folders send.
    let folders: Vec<_> = match (&params.workspace_folders, &params.root_uri) {
        (Some(folders), _) => folders
            .iter()
            .filter_map(|f| uri::to_path(&f.uri))
            .collect(),
        (None, Some(root)) => uri::to_path(root).into_iter().collect(),
        (None, None) => Vec::new(),
    };
    server.configs.workspace = folders;
    server.phase = Phase::Running;
    log(&format!(
        "initialized: positions in {}, workspace {:?}",
        encoding.as_str(),
        server.configs.workspace
    ));
    Ok(InitializeResult {
        capabilities: capabilities(encoding),
        server_info: Some(ServerInfo {
            name: "planlint".to_owned(),
            version: Some(env!("CARGO_PKG_VERSION").to_owned()),
        }),
    })
}

/// What the server does.
#[must_use]
pub fn capabilities(encoding: PositionEncodingKind) -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(encoding),
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                will_save: None,
                will_save_wait_until: None,
                save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                    include_text: Some(false),
                })),
            },
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![
                CodeActionKind::QUICKFIX,
                crate::lsp::handlers::code_action::fix_all_kind(),
            ]),
            work_done_progress_options: lsp_types::WorkDoneProgressOptions::default(),
            resolve_provider: None,
        })),
        workspace: Some(WorkspaceServerCapabilities {
            workspace_folders: Some(WorkspaceFoldersServerCapabilities {
                supported: Some(true),
                change_notifications: Some(lsp_types::OneOf::Left(true)),
            }),
            file_operations: None,
        }),
        ..ServerCapabilities::default()
    }
}

/// Handles `initialized`: asks the client to report changes to any
/// `planlint.toml`, when it can.
pub fn initialized(server: &mut Server, _params: InitializedParams) {
    if !server.watch_files {
        return;
    }
    let options = DidChangeWatchedFilesRegistrationOptions {
        watchers: vec![FileSystemWatcher {
            glob_pattern: GlobPattern::String(format!("**/{}", crate::config::FILE_NAME)),
            kind: None,
        }],
    };
    server.send_request::<RegisterCapability>(RegistrationParams {
        registrations: vec![Registration {
            id: "planlint-config-files".to_owned(),
            method: "workspace/didChangeWatchedFiles".to_owned(),
            register_options: serde_json::to_value(options).ok(),
        }],
    });
}
