//! The server loop: read a message, dispatch it to its handler, write replies.
//!
//! Everything runs on one thread: a re-check of a large plan takes a few
//! milliseconds, so there is nothing to gain from a pool or an async runtime.

use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;

use lsp_server::{ErrorCode, Message, Notification, Request, RequestId, Response, ResponseError};
use lsp_types::notification::{self as notif, Notification as _};
use lsp_types::request::{self as req, Request as _};
use lsp_types::{MessageType, PublishDiagnosticsParams, ShowMessageParams, Uri};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::handlers;
use super::publish::{self, ClientOptions};
use super::settings::{Configs, Resolved};
use super::store::Store;
use super::transport::{self, Frame, log};
use crate::engine::{Engine, Event, Options as EngineOptions};

/// Where the server is in the protocol's life cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Waiting for `initialize`.
    Uninitialized,
    /// Serving.
    Running,
    /// `shutdown` received; waiting for `exit`.
    ShuttingDown,
}

/// The server's state.
pub struct Server {
    output: Box<dyn Write>,
    closed: bool,
    /// The protocol phase.
    pub phase: Phase,
    /// What was agreed with the client in `initialize`.
    pub client: ClientOptions,
    /// Whether the client lets the server watch files.
    pub watch_files: bool,
    /// The open documents.
    pub store: Store,
    /// Config discovery.
    pub configs: Configs,
    /// Config files whose error is shown, with the message shown.
    config_errors: BTreeMap<PathBuf, String>,
    next_id: i32,
}

impl Server {
    /// A server writing to `output`.
    #[must_use]
    pub fn new(output: Box<dyn Write>) -> Self {
        Self {
            output,
            closed: false,
            phase: Phase::Uninitialized,
            client: ClientOptions::default(),
            watch_files: false,
            store: Store::default(),
            configs: Configs::default(),
            config_errors: BTreeMap::new(),
            next_id: 0,
        }
    }

    /// Serves messages from `input` until `exit` or the end of the input, and
    /// returns the exit code: 0, or 1 for an `exit` without `shutdown` (as
    /// the protocol asks).
    pub fn serve(&mut self, input: &mut impl BufRead) -> u8 {
        loop {
            let frame = match transport::read(input) {
                Ok(Some(frame)) => frame,
                Ok(None) => {
                    log("input closed; exiting");
                    return 0;
                }
                Err(e) => {
                    log(&format!("cannot read input ({e}); exiting"));
                    return 0;
                }
            };
            let exit = match frame {
                Frame::Malformed(malformed) => {
                    log(&format!("malformed message: {}", malformed.message));
                    if let Err(e) = transport::write_error(&mut self.output, &malformed) {
                        self.write_failed(&e);
                    }
                    None
                }
                Frame::Message(Message::Request(request)) => {
                    self.on_request(request);
                    None
                }
                Frame::Message(Message::Notification(notification)) => {
                    self.on_notification(notification)
                }
                Frame::Message(Message::Response(response)) => {
                    if let Err(error) = response.response_result {
                        log(&format!(
                            "the client refused request {}: {}",
                            response.id, error.message
                        ));
                    }
                    None
                }
            };
            if let Some(code) = exit {
                return code;
            }
            if self.closed {
                log("output closed; exiting");
                return 0;
            }
        }
    }

    fn on_request(&mut self, request: Request) {
        let Request { id, method, params } = request;
        let result = match (self.phase, method.as_str()) {
            (Phase::Uninitialized, req::Initialize::METHOD) => {
                handlers::initialize::handle(self, &params).and_then(|result| {
                    serde_json::to_value(result).map_err(|e| {
                        error(
                            ErrorCode::InternalError,
                            format!("cannot encode result: {e}"),
                        )
                    })
                })
            }
            (Phase::Uninitialized, _) => Err(error(
                ErrorCode::ServerNotInitialized,
                format!("`{method}` before `initialize`"),
            )),
            (Phase::ShuttingDown, _) => Err(error(
                ErrorCode::InvalidRequest,
                format!("`{method}` after `shutdown`"),
            )),
            (Phase::Running, req::Initialize::METHOD) => Err(error(
                ErrorCode::InvalidRequest,
                "`initialize` sent twice".to_owned(),
            )),
            (Phase::Running, req::HoverRequest::METHOD) => {
                self.call::<req::HoverRequest>(params, handlers::hover::handle)
            }
            (Phase::Running, req::CodeActionRequest::METHOD) => {
                self.call::<req::CodeActionRequest>(params, handlers::code_action::handle)
            }
            (Phase::Running, req::Shutdown::METHOD) => {
                self.call::<req::Shutdown>(params, handlers::shutdown::handle)
            }
            (Phase::Running, _) => Err(error(
                ErrorCode::MethodNotFound,
                format!("planlint does not handle `{method}`"),
            )),
        };
        if let Err(e) = &result {
            log(&format!("request {id} `{method}` failed: {}", e.message));
        }
        self.send(&Message::Response(Response {
            id,
            response_result: result,
        }));
    }

    /// Deserialises a request's params, runs its handler without letting a
    /// panic escape, and serialises the result.
    fn call<R: req::Request>(
        &mut self,
        params: serde_json::Value,
        handler: fn(&mut Server, R::Params) -> Result<R::Result, ResponseError>,
    ) -> Result<serde_json::Value, ResponseError>
    where
        R::Params: DeserializeOwned,
        R::Result: Serialize,
    {
        let params = parse_params::<R::Params>(R::METHOD, params)?;
        let result = catch_unwind(AssertUnwindSafe(|| handler(self, params))).map_err(|_| {
            error(
                ErrorCode::InternalError,
                format!("`{}` failed inside planlint; see the server log", R::METHOD),
            )
        })??;
        serde_json::to_value(result).map_err(|e| {
            error(
                ErrorCode::InternalError,
                format!("cannot encode result: {e}"),
            )
        })
    }

    /// Handles a notification; `Some(code)` when the server is to exit.
    fn on_notification(&mut self, notification: Notification) -> Option<u8> {
        let Notification { method, params } = notification;
        if method == notif::Exit::METHOD {
            return Some(u8::from(self.phase != Phase::ShuttingDown));
        }
        if self.phase != Phase::Running {
            return None;
        }
        match method.as_str() {
            notif::Initialized::METHOD => {
                self.notify::<notif::Initialized>(params, handlers::initialize::initialized);
            }
            notif::DidOpenTextDocument::METHOD => {
                self.notify::<notif::DidOpenTextDocument>(params, handlers::did_open::handle);
            }
            notif::DidChangeTextDocument::METHOD => {
                self.notify::<notif::DidChangeTextDocument>(params, handlers::did_change::handle);
            }
            notif::DidSaveTextDocument::METHOD => {
                self.notify::<notif::DidSaveTextDocument>(params, handlers::did_save::handle);
            }
            notif::DidCloseTextDocument::METHOD => {
                self.notify::<notif::DidCloseTextDocument>(params, handlers::did_close::handle);
            }
            notif::DidChangeWatchedFiles::METHOD => {
                self.notify::<notif::DidChangeWatchedFiles>(
                    params,
                    handlers::did_change_watched_files::handle,
                );
            }
            notif::DidChangeConfiguration::METHOD => {
                self.notify::<notif::DidChangeConfiguration>(
                    params,
                    handlers::did_change_configuration::handle,
                );
            }
            notif::DidChangeWorkspaceFolders::METHOD => {
                self.notify::<notif::DidChangeWorkspaceFolders>(
                    params,
                    handlers::did_change_workspace_folders::handle,
                );
            }
            // `$/cancelRequest`, `$/setTrace` and the like may be ignored.
            other if other.starts_with("$/") => {}
            other => log(&format!("ignoring notification `{other}`")),
        }
        None
    }

    fn notify<N: notif::Notification>(
        &mut self,
        params: serde_json::Value,
        handler: fn(&mut Server, N::Params),
    ) where
        N::Params: DeserializeOwned,
    {
        match parse_params::<N::Params>(N::METHOD, params) {
            Ok(params) => {
                if catch_unwind(AssertUnwindSafe(|| handler(self, params))).is_err() {
                    log(&format!("`{}` failed inside planlint", N::METHOD));
                }
            }
            Err(e) => log(&e.message),
        }
    }

    /// Sends a message; a failed write ends the server after this message.
    pub fn send(&mut self, message: &Message) {
        if self.closed {
            return;
        }
        if let Err(e) = transport::write(&mut self.output, message) {
            self.write_failed(&e);
        }
    }

    fn write_failed(&mut self, e: &std::io::Error) {
        log(&format!("cannot write to the client: {e}"));
        self.closed = true;
    }

    /// Sends a notification.
    pub fn send_notification<N: notif::Notification>(&mut self, params: N::Params)
    where
        N::Params: Serialize,
    {
        self.send(&Message::Notification(Notification::new(
            N::METHOD.to_owned(),
            params,
        )));
    }

    /// Sends a request to the client; its answer is only logged if it fails.
    pub fn send_request<R: req::Request>(&mut self, params: R::Params)
    where
        R::Params: Serialize,
    {
        self.next_id += 1;
        let id = RequestId::from(format!("planlint-{}", self.next_id));
        self.send(&Message::Request(Request::new(
            id,
            R::METHOD.to_owned(),
            params,
        )));
    }

    /// Sends `diagnostics` for `uri`.
    pub fn publish_diagnostics(
        &mut self,
        uri: Uri,
        diagnostics: Vec<lsp_types::Diagnostic>,
        version: Option<i32>,
    ) {
        self.send_notification::<notif::PublishDiagnostics>(PublishDiagnosticsParams {
            uri,
            diagnostics,
            version,
        });
    }

    /// Checks the open document at `uri` and publishes its findings; a
    /// `planlint.toml` is validated as a config instead. Returns the broken
    /// config file the document fell back from, if any.
    pub fn check(&mut self, uri: &Uri) -> Option<PathBuf> {
        let document = self.store.get_mut(uri)?;
        let version = Some(document.version());
        if document.is_config() {
            let path = document.path().map_or_else(
                || PathBuf::from(crate::config::FILE_NAME),
                ToOwned::to_owned,
            );
            let diagnostics = match crate::config::Settings::from_config(&path, document.text()) {
                Ok(_) => Vec::new(),
                Err(error) => vec![publish::config_error(&error, &self.client)],
            };
            self.publish_diagnostics(uri.clone(), diagnostics, version);
            return None;
        }
        let resolved = self.configs.for_document(document.path());
        let too_large = document.too_large();
        let inputs = if too_large {
            None
        } else {
            super::workspace::inputs(&self.store, uri, &resolved.settings, &mut self.configs)
        };
        let document = self.store.get_mut(uri)?;
        let diagnostics = match inputs {
            // With the plans beside it: workspace rules compare them.
            Some(inputs) => {
                let mut published = Vec::new();
                let client = self.client;
                let error = resolved.error.as_deref();
                let _ = Engine::new().run::<()>(
                    &inputs,
                    &EngineOptions::default(),
                    &mut |event, files| {
                        if let Event::Checked(report) = event {
                            document.set_findings(report.diagnostics.to_vec());
                            document.set_language(report.language);
                            published = publish::diagnostics(document, &client, error, files);
                        }
                        Ok(())
                    },
                );
                published
            }
            None => publish::recheck(
                document,
                &resolved.settings,
                &self.client,
                resolved.error.as_deref(),
            ),
        };
        self.publish_diagnostics(uri.clone(), diagnostics, version);
        self.show_config_error(&resolved);
        resolved.error.map(|error| error.path.clone())
    }

    /// Shows a config error once (until its message changes): a message and
    /// a diagnostic on the config file itself, unless that file is open, in
    /// which case its own check shows it.
    fn show_config_error(&mut self, resolved: &Resolved) {
        let Some(error) = &resolved.error else {
            return;
        };
        let file = &error.path;
        if self.config_errors.get(file) == Some(&error.message()) {
            return;
        }
        self.config_errors.insert(file.clone(), error.message());
        log(&error.to_string());
        self.send_notification::<notif::ShowMessage>(ShowMessageParams {
            typ: MessageType::ERROR,
            message: {
                let language = error.language(Some(self.client.lang));
                crate::t!(
                    crate::i18n::messages(language),
                    "config-error.show",
                    path = error.path.display().to_string(),
                    message = error.message_in(language)
                )
            },
        });
        if let Some(uri) = super::uri::from_path(file)
            && self.store.get(&uri).is_none()
        {
            let diagnostic = publish::config_error(error, &self.client);
            self.publish_diagnostics(uri, vec![diagnostic], None);
        }
    }

    /// Reads every config again and re-checks every open document.
    /// Errors of configs that are fixed (or no longer used) are cleared.
    pub fn reload(&mut self) {
        self.configs.reload();
        let mut still_broken = Vec::new();
        for uri in self.store.uris() {
            still_broken.extend(self.check(&uri));
        }
        let fixed: Vec<PathBuf> = self
            .config_errors
            .keys()
            .filter(|file| !still_broken.contains(file))
            .cloned()
            .collect();
        for file in fixed {
            self.config_errors.remove(&file);
            if let Some(uri) = super::uri::from_path(&file)
                && self.store.get(&uri).is_none()
            {
                self.publish_diagnostics(uri, Vec::new(), None);
            }
        }
    }
}

fn parse_params<P: DeserializeOwned>(
    method: &str,
    params: serde_json::Value,
) -> Result<P, ResponseError> {
    // Some clients send no params where the protocol's are all optional.
    let params = if params.is_null() {
        serde_json::from_value(serde_json::Value::Null)
            .or_else(|_| serde_json::from_value(serde_json::json!({})))
    } else {
        serde_json::from_value(params)
    };
    params.map_err(|e| {
        error(
            ErrorCode::InvalidParams,
            format!("bad `{method}` params: {e}"),
        )
    })
}

/// A response error.
#[must_use]
pub fn error(code: ErrorCode, message: String) -> ResponseError {
    ResponseError {
        code: code as i32,
        message,
        data: None,
    }
}
