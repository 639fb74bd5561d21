//! End-to-end tests of `planlint lsp`: the real binary, spoken to over stdio.
//!
//! Every wait has a timeout, so a server that hangs fails a test instead of
//! blocking the run. The broken plan is a seed with one stray line after its
//! first section heading; removing the line gives the seed back, which is
//! clean, so the tests hold as more rules are added.

use std::collections::VecDeque;
use std::fmt::Write as _;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

const TIMEOUT: Duration = Duration::from_secs(60);
const SEED: &str = include_str!("../seeds/itc-2022-2024.txt");
const HEADING: &str = "A. 在 2022 年發放的局／部門數據集";
/// An ideographic space (trimmed by the parser), U+20000 (outside the BMP:
/// two UTF-16 code units, four UTF-8 bytes) and six common characters.
const STRAY: &str = "\u{3000}\u{20000}這是一行說明";

/// A running `planlint lsp` and what it sent.
struct Server {
    child: Child,
    stdin: Option<ChildStdin>,
    messages: Receiver<Value>,
    pending: VecDeque<Value>,
    stderr: Arc<Mutex<String>>,
    next_id: i64,
}

impl Server {
    fn start() -> Self {
        Self::start_with(true)
    }

    /// Starts a server; without `read_log`, its standard error is a pipe
    /// whose reading end is closed at once, as when an editor stops reading
    /// the log.
    fn start_with(read_log: bool) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_planlint"))
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start planlint lsp");
        let stdout = child.stdout.take().unwrap();
        let (sender, messages) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Some(message) = read_frame(&mut reader) {
                if sender.send(message).is_err() {
                    break;
                }
            }
        });
        let stderr = Arc::new(Mutex::new(String::new()));
        let log = stderr.clone();
        let mut err = child.stderr.take().unwrap();
        if !read_log {
            drop(err);
            let stdin = child.stdin.take();
            return Self {
                child,
                stdin,
                messages,
                pending: VecDeque::new(),
                stderr,
                next_id: 0,
            };
        }
        std::thread::spawn(move || {
            let mut buffer = [0; 4096];
            while let Ok(n) = err.read(&mut buffer) {
                if n == 0 {
                    break;
                }
                log.lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buffer[..n]));
            }
        });
        let stdin = child.stdin.take();
        Self {
            child,
            stdin,
            messages,
            pending: VecDeque::new(),
            stderr,
            next_id: 0,
        }
    }

    /// Starts a server and initializes it with these position encodings,
    /// as an English-speaking client: these tests read English messages
    /// (`locale_chooses_the_language_of_findings_and_hover` reads others).
    fn initialized(encodings: &[&str]) -> (Self, Value) {
        Self::initialized_in(encodings, Some("en"))
    }

    /// Starts a server and initializes it with these position encodings and
    /// the client's `locale`, if any.
    fn initialized_in(encodings: &[&str], locale: Option<&str>) -> (Self, Value) {
        let mut server = Self::start();
        let mut capabilities = json!({
            "textDocument": {
                "publishDiagnostics": {"relatedInformation": true},
                "hover": {"contentFormat": ["markdown", "plaintext"]},
            },
        });
        if !encodings.is_empty() {
            capabilities["general"] = json!({"positionEncodings": encodings});
        }
        let mut params = json!({"processId": null, "rootUri": null, "capabilities": capabilities});
        if let Some(locale) = locale {
            params["locale"] = json!(locale);
        }
        let response = server.request("initialize", params);
        server.notify("initialized", json!({}));
        (server, response)
    }

    fn log(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    fn send_raw(&mut self, bytes: &[u8]) {
        let stdin = self.stdin.as_mut().expect("stdin open");
        stdin.write_all(bytes).unwrap();
        stdin.flush().unwrap();
    }

    fn send(&mut self, message: &Value) {
        let body = message.to_string();
        self.send_raw(format!("Content-Length: {}\r\n\r\n{body}", body.len()).as_bytes());
    }

    fn notify(&mut self, method: &str, params: Value) {
        let mut message = json!({"jsonrpc": "2.0", "method": method});
        message["params"] = params;
        self.send(&message);
    }

    /// Sends a request and returns the whole response.
    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let mut message = json!({"jsonrpc": "2.0", "id": id, "method": method});
        message["params"] = params;
        self.send(&message);
        self.wait(&format!("the response to `{method}`"), |m| {
            m["id"] == id && m.get("method").is_none()
        })
    }

    /// The next message matching `wanted`, keeping the others.
    fn wait(&mut self, what: &str, wanted: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.pending.iter().position(&wanted) {
            return self.pending.remove(i).unwrap();
        }
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.messages.recv_timeout(left) {
                Ok(message) if wanted(&message) => return message,
                Ok(message) => self.pending.push_back(message),
                Err(RecvTimeoutError::Timeout) => {
                    panic!("timed out waiting for {what}; server log:\n{}", self.log())
                }
                Err(RecvTimeoutError::Disconnected) => {
                    panic!(
                        "the server closed its output waiting for {what}; log:\n{}",
                        self.log()
                    )
                }
            }
        }
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        let message = self.wait(&format!("diagnostics for {uri}"), |m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
        });
        message["params"]["diagnostics"].as_array().unwrap().clone()
    }

    fn open(&mut self, uri: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": text}}),
        );
    }

    fn change(&mut self, uri: &str, version: i32, changes: Value) {
        let mut params = json!({"textDocument": {"uri": uri, "version": version}});
        params["contentChanges"] = changes;
        self.notify("textDocument/didChange", params);
    }

    fn close_stdin(&mut self) {
        self.stdin = None;
    }

    /// Waits for the process to end.
    fn exit_status(&mut self) -> ExitStatus {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("the server did not exit; log:\n{}", self.log());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// `shutdown` then `exit`; the process must end with 0.
    fn shutdown(mut self) {
        let response = self.request("shutdown", Value::Null);
        assert_eq!(response["result"], Value::Null, "{response}");
        assert!(response.get("error").is_none(), "{response}");
        self.notify("exit", Value::Null);
        let status = self.exit_status();
        assert_eq!(status.code(), Some(0), "log:\n{}", self.log());
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn read_frame(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(value) = line.strip_prefix("Content-Length: ") {
            length = value.parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

/// A fresh folder for one test's documents, outside the repository so no
/// `planlint.toml` of the repository's applies; removed when dropped.
struct Scratch(tempfile::TempDir);

impl std::ops::Deref for Scratch {
    type Target = Path;

    fn deref(&self) -> &Path {
        self.0.path()
    }
}

impl AsRef<Path> for Scratch {
    fn as_ref(&self) -> &Path {
        self.0.path()
    }
}

fn scratch(name: &str) -> Scratch {
    Scratch(
        tempfile::Builder::new()
            .prefix(&format!("planlint-lsp-{name}-"))
            .tempdir()
            .unwrap(),
    )
}

/// A `file:` URI, percent-encoded as editors send it.
fn file_uri(path: &Path) -> String {
    let mut uri = String::from("file://");
    for byte in path.to_str().unwrap().bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            uri.push(char::from(byte));
        } else {
            let _ = write!(uri, "%{byte:02X}");
        }
    }
    uri
}

/// The zero-based line of the seed's first section heading.
fn heading_line() -> u32 {
    SEED.lines().position(|l| l == HEADING).unwrap() as u32
}

/// The seed with [`STRAY`] on its own line after the first section heading.
fn broken_seed() -> String {
    SEED.replacen(HEADING, &format!("{HEADING}\n{STRAY}"), 1)
}

fn utf16_len(text: &str) -> u32 {
    text.encode_utf16().count() as u32
}

fn range(start: (u32, u32), end: (u32, u32)) -> Value {
    json!({
        "start": {"line": start.0, "character": start.1},
        "end": {"line": end.0, "character": end.1},
    })
}

/// The `unrecognized-line` diagnostic on the stray line, whose columns are
/// `start..end` in the negotiated unit.
fn stray_finding(diagnostics: &[Value], start: u32, end: u32) -> Value {
    let line = heading_line() + 1;
    let found = diagnostics
        .iter()
        .find(|d| d["code"] == "unrecognized-line" && d["range"]["start"]["line"] == line);
    let Some(found) = found else {
        panic!("no unrecognized-line on line {line}: {diagnostics:#?}");
    };
    assert_eq!(
        found["range"],
        range((line, start), (line, end)),
        "{found:#}"
    );
    assert_eq!(found["severity"], 1);
    assert_eq!(found["source"], "planlint");
    assert!(
        found["message"]
            .as_str()
            .unwrap()
            .starts_with("unrecognized line `\u{20000}這是一行說明`"),
        "{found:#}"
    );
    assert!(
        found["codeDescription"]["href"]
            .as_str()
            .unwrap()
            .ends_with("#unrecognized-line"),
        "{found:#}"
    );
    found.clone()
}

#[test]
fn utf16_client_sees_findings_on_chinese_text_and_their_fix() {
    let (mut server, init) = Server::initialized(&[]);
    let capabilities = &init["result"]["capabilities"];
    assert_eq!(capabilities["positionEncoding"], "utf-16", "{init:#}");
    assert_eq!(
        capabilities["textDocumentSync"]["change"], 2,
        "incremental sync"
    );
    assert_eq!(capabilities["hoverProvider"], true);
    assert_eq!(init["result"]["serverInfo"]["name"], "planlint");

    let dir = scratch("utf16");
    let uri = file_uri(&dir.join("計劃 2022.txt"));
    server.open(&uri, SEED);
    assert_eq!(
        server.diagnostics(&uri),
        Vec::<Value>::new(),
        "the seed is clean"
    );

    // Break it with an incremental insertion at the end of the heading.
    let line = heading_line();
    let heading_end = utf16_len(HEADING);
    server.change(
        &uri,
        2,
        json!([{"range": range((line, heading_end), (line, heading_end)), "text": format!("\n{STRAY}")}]),
    );
    let diagnostics = server.diagnostics(&uri);
    // The ideographic space is one unit, U+20000 two, then six characters.
    stray_finding(&diagnostics, 1, 1 + 2 + 6);

    // Hover over U+20000's second code unit shows the rule's documentation.
    let hover = server.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": line + 1, "character": 2}}),
    );
    let contents = hover["result"]["contents"]["value"]
        .as_str()
        .unwrap_or_default();
    assert!(contents.contains("`unrecognized-line`"), "{hover:#}");
    assert!(contents.contains("## What it does"), "{hover:#}");
    assert_eq!(
        hover["result"]["range"],
        range((line + 1, 1), (line + 1, 9))
    );
    // Nothing to show on the heading.
    let hover = server.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": 0}}),
    );
    assert_eq!(hover["result"], Value::Null, "{hover:#}");
    // No quick fix for this finding.
    let actions = server.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": uri},
            "range": range((line + 1, 0), (line + 1, 0)),
            "context": {"diagnostics": []},
        }),
    );
    assert_eq!(actions["result"], json!([]), "{actions:#}");

    // Remove the stray line with an incremental deletion: clean again.
    server.change(
        &uri,
        3,
        json!([{"range": range((line, heading_end), (line + 1, utf16_len(STRAY))), "text": ""}]),
    );
    assert_eq!(server.diagnostics(&uri), Vec::<Value>::new());

    server.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": uri}}),
    );
    assert_eq!(server.diagnostics(&uri), Vec::<Value>::new());
    server.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri}}),
    );
    assert_eq!(server.diagnostics(&uri), Vec::<Value>::new());
    server.shutdown();
}

#[test]
fn utf8_client_gets_byte_columns() {
    let (mut server, init) = Server::initialized(&["utf-8", "utf-16"]);
    assert_eq!(init["result"]["capabilities"]["positionEncoding"], "utf-8");
    let dir = scratch("utf8");
    let uri = file_uri(&dir.join("plan.txt"));
    server.open(&uri, SEED);
    assert_eq!(server.diagnostics(&uri), Vec::<Value>::new());

    // A full-text change breaks it.
    server.change(&uri, 2, json!([{"text": broken_seed()}]));
    let diagnostics = server.diagnostics(&uri);
    // Three bytes of ideographic space, four of U+20000, eighteen of text.
    stray_finding(&diagnostics, 3, 3 + 4 + 18);

    // Two incremental changes in one notification, in byte columns: first
    // cut the six characters, then the rest of the line and its break.
    let line = heading_line();
    server.change(
        &uri,
        3,
        json!([
            {"range": range((line + 1, 7), (line + 1, 25)), "text": ""},
            {"range": range((line, HEADING.len() as u32), (line + 1, 7)), "text": ""},
        ]),
    );
    assert_eq!(server.diagnostics(&uri), Vec::<Value>::new());
    server.shutdown();
}

/// The zero-based line and UTF-16 column of byte `offset` in `text`.
fn utf16_position(text: &str, offset: usize) -> (u32, u32) {
    let before = &text[..offset];
    let line = before.matches('\n').count() as u32;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, utf16_len(&before[start..]))
}

#[test]
fn quick_fixes_apply_and_secondary_labels_are_related() {
    let (mut server, _) = Server::initialized(&[]);
    let dir = scratch("fixes");
    let uri = file_uri(&dir.join("plan.txt"));

    // `1/2022`: malformed-date, with a fix that writes `01/2022`.
    let text = SEED.replacen("\t01/2022\t", "\t1/2022\t", 1);
    let at = text.find("\t1/2022\t").unwrap() + 1;
    let (start, end) = (utf16_position(&text, at), utf16_position(&text, at + 6));
    server.open(&uri, &text);
    let diagnostics = server.diagnostics(&uri);
    let date = diagnostics
        .iter()
        .find(|d| d["code"] == "malformed-date")
        .unwrap_or_else(|| panic!("{diagnostics:#?}"));
    assert_eq!(date["range"], range(start, end), "{date:#}");
    let actions = server.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": uri},
            "range": range(start, start),
            "context": {"diagnostics": [date], "only": ["quickfix"]},
        }),
    );
    let action = actions["result"]
        .as_array()
        .and_then(|a| a.iter().find(|a| a["title"] == "write `01/2022`"))
        .unwrap_or_else(|| panic!("{actions:#}"))
        .clone();
    assert_eq!(action["kind"], "quickfix");
    assert_eq!(action["diagnostics"][0]["code"], "malformed-date");
    let edit = &action["edit"]["changes"][&uri][0];
    assert_eq!(edit["range"], range(start, end), "{action:#}");
    assert_eq!(edit["newText"], "01/2022");
    // The editor applies the edit: the plan is the seed again, and clean.
    server.change(
        &uri,
        2,
        json!([{"range": edit["range"], "text": edit["newText"]}]),
    );
    assert_eq!(server.diagnostics(&uri), Vec::<Value>::new());

    // Row 3 numbered 2: duplicate-number points back at the first 2.
    let text = SEED.replacen(
        "\n3\t資訊科技及廣播／一般支援計劃",
        "\n2\t資訊科技及廣播／一般支援計劃",
        1,
    );
    let second = text.find("\n2\t資訊科技及廣播／一般支援計劃").unwrap() + 1;
    let first = text.find("\n2\t").unwrap() + 1;
    server.change(&uri, 3, json!([{"text": text}]));
    let diagnostics = server.diagnostics(&uri);
    let duplicate = diagnostics
        .iter()
        .find(|d| d["code"] == "duplicate-number")
        .unwrap_or_else(|| panic!("{diagnostics:#?}"));
    let at = utf16_position(&text, second);
    assert_eq!(duplicate["range"], range(at, (at.0, at.1 + 1)));
    let related = &duplicate["relatedInformation"][0];
    let at = utf16_position(&text, first);
    assert_eq!(related["location"]["uri"], uri);
    assert_eq!(related["location"]["range"], range(at, (at.0, at.1 + 1)));
    assert!(
        related["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{duplicate:#}"
    );
    server.change(&uri, 4, json!([{"text": SEED}]));
    assert_eq!(server.diagnostics(&uri), Vec::<Value>::new());
    server.shutdown();
}

#[test]
fn config_is_discovered_and_reloaded() {
    let dir = scratch("config");
    let plans = dir.join("plans");
    std::fs::create_dir_all(&plans).unwrap();
    let config = dir.join("planlint.toml");
    std::fs::write(&config, "[rules]\nunrecognized-line = \"warning\"\n").unwrap();
    let (mut server, _) = Server::initialized(&[]);
    let uri = file_uri(&plans.join("plan.txt"));
    server.open(&uri, &broken_seed());
    let found = stray_finding_with_severity(&server.diagnostics(&uri), 2);
    assert_eq!(found["code"], "unrecognized-line");

    // A broken config: the plan falls back to the defaults and says so; the
    // config file gets a diagnostic where the error is, and a message shows.
    std::fs::write(&config, "[rules]\nunrecognized-line = \"loud\"\n").unwrap();
    let config_uri = file_uri(&config);
    server.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": config_uri, "type": 2}]}),
    );
    let diagnostics = server.diagnostics(&uri);
    let warning = diagnostics
        .iter()
        .find(|d| d["code"] == "config")
        .unwrap_or_else(|| panic!("{diagnostics:#?}"));
    assert_eq!(warning["severity"], 2);
    stray_finding_with_severity(&diagnostics, 1);
    let shown = server.wait("window/showMessage", |m| {
        m["method"] == "window/showMessage"
    });
    assert_eq!(shown["params"]["type"], 1);
    let on_config = server.diagnostics(&config_uri);
    assert_eq!(on_config.len(), 1, "{on_config:#?}");
    assert_eq!(on_config[0]["range"]["start"]["line"], 1);

    // Fixed and saved: the config applies again and its diagnostic clears.
    std::fs::write(&config, "[rules]\nunrecognized-line = \"off\"\n").unwrap();
    server.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": config_uri}}),
    );
    assert_eq!(server.diagnostics(&config_uri), Vec::<Value>::new());
    let diagnostics = server.diagnostics(&uri);
    assert!(
        diagnostics
            .iter()
            .all(|d| d["code"] != "unrecognized-line" && d["code"] != "config"),
        "{diagnostics:#?}"
    );
    server.shutdown();
}

fn stray_finding_with_severity(diagnostics: &[Value], severity: i64) -> Value {
    let line = heading_line() + 1;
    let found = diagnostics
        .iter()
        .find(|d| d["code"] == "unrecognized-line" && d["range"]["start"]["line"] == line)
        .unwrap_or_else(|| panic!("{diagnostics:#?}"))
        .clone();
    assert_eq!(found["severity"], severity, "{found:#}");
    found
}

#[test]
fn asks_to_watch_config_files_when_the_client_can() {
    let mut server = Server::start();
    server.request(
        "initialize",
        json!({
            "processId": null,
            "rootUri": null,
            "capabilities": {"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}},
        }),
    );
    server.notify("initialized", json!({}));
    let request = server.wait("client/registerCapability", |m| {
        m["method"] == "client/registerCapability"
    });
    let registration = &request["params"]["registrations"][0];
    assert_eq!(registration["method"], "workspace/didChangeWatchedFiles");
    assert_eq!(
        registration["registerOptions"]["watchers"][0]["globPattern"],
        "**/planlint.toml"
    );
    let mut reply = json!({"jsonrpc": "2.0", "result": null});
    reply["id"] = request["id"].clone();
    server.send(&reply);
    server.shutdown();
}

#[test]
fn malformed_messages_are_answered_and_survived() {
    let (mut server, _) = Server::initialized(&[]);
    let garbage = "{this is not json";
    server.send_raw(format!("Content-Length: {}\r\n\r\n{garbage}", garbage.len()).as_bytes());
    let error = server.wait("a parse error", |m| m["error"]["code"] == -32700);
    assert_eq!(error["id"], Value::Null);
    // JSON, but no JSON-RPC message.
    server.send(&json!({"jsonrpc": "2.0", "id": 99, "params": 5}));
    let error = server.wait("an invalid request", |m| m["id"] == 99);
    assert_eq!(error["error"]["code"], -32600, "{error}");
    // A stray line without any header, then a bad length.
    server.send_raw(b"hello\r\nContent-Length: lots\r\n\r\n");
    server.wait("a parse error", |m| m["error"]["code"] == -32700);
    // Params of the wrong shape.
    let response = server.request("textDocument/hover", json!({"textDocument": 3}));
    assert_eq!(response["error"]["code"], -32602, "{response}");
    server.notify("textDocument/didOpen", json!({"textDocument": "nope"}));
    // Still serving.
    let dir = scratch("malformed");
    let uri = file_uri(&dir.join("plan.txt"));
    server.open(&uri, SEED);
    assert_eq!(server.diagnostics(&uri), Vec::<Value>::new());
    server.shutdown();
}

#[test]
fn unknown_methods_and_early_requests() {
    let mut server = Server::start();
    let early = server.request("textDocument/hover", json!({}));
    assert_eq!(early["error"]["code"], -32002, "{early}");
    server.request(
        "initialize",
        json!({"processId": null, "rootUri": null, "capabilities": {}}),
    );
    server.notify("initialized", json!({}));
    let unknown = server.request("planlint/doSomething", json!({"x": 1}));
    assert_eq!(unknown["error"]["code"], -32601, "{unknown}");
    server.notify("planlint/somethingHappened", json!({}));
    server.notify("$/cancelRequest", json!({"id": 1}));
    let again = server.request("initialize", json!({"capabilities": {}}));
    assert_eq!(again["error"]["code"], -32600, "{again}");
    server.shutdown();
}

#[test]
fn documents_that_are_no_plan() {
    let (mut server, _) = Server::initialized(&[]);
    let dir = scratch("noplan");
    let texts = [
        String::new(),
        "# README\n\nThis is markdown, not a plan.\n".to_owned(),
        "\u{0}\u{1}\u{7f}\u{feff}\r\r\n\t\t\t\u{20000}\u{10ffff}".to_owned(),
        "{\"json\": true}".to_owned(),
    ];
    for (i, text) in texts.iter().enumerate() {
        let uri = file_uri(&dir.join(format!("{i}.md")));
        server.open(&uri, text);
        server.diagnostics(&uri);
        // Ranges past the end are clamped, not fatal.
        server.change(
            &uri,
            2,
            json!([{"range": range((999, 5), (1000, 0)), "text": "x"}]),
        );
        server.diagnostics(&uri);
        let hover = server.request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": {"line": 4000, "character": 77}}),
        );
        assert!(hover.get("error").is_none(), "{hover}");
    }
    // An unsaved buffer has no path.
    server.open("untitled:Untitled-1", "not a plan");
    server.diagnostics("untitled:Untitled-1");
    server.shutdown();
}

#[test]
fn huge_documents() {
    let (mut server, _) = Server::initialized(&[]);
    let dir = scratch("huge");
    // Five megabytes of lines that are no plan: one finding per line, of
    // which a thousand are published, then a note.
    let uri = file_uri(&dir.join("huge.txt"));
    let text = "這不是計劃的一行文字\n".repeat(5 * 1024 * 1024 / 31);
    server.open(&uri, &text);
    let diagnostics = server.diagnostics(&uri);
    assert!(diagnostics.len() <= 1001, "{}", diagnostics.len());
    assert!(
        diagnostics
            .last()
            .is_some_and(|d| d["message"].as_str().unwrap().contains("more findings")),
        "{:#?}",
        diagnostics.last()
    );
    // Past the size planlint checks in an editor: one note, nothing else.
    let uri = file_uri(&dir.join("huger.txt"));
    let text = "x".repeat(17 * 1024 * 1024);
    server.open(&uri, &text);
    let diagnostics = server.diagnostics(&uri);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    assert!(
        diagnostics[0]["message"]
            .as_str()
            .unwrap()
            .starts_with("not checked")
    );
    server.shutdown();
}

#[test]
fn closed_input_without_shutdown_exits_cleanly() {
    let (mut server, _) = Server::initialized(&[]);
    server.open("untitled:1", SEED);
    server.diagnostics("untitled:1");
    server.close_stdin();
    assert_eq!(server.exit_status().code(), Some(0), "{}", server.log());
}

#[test]
fn closed_input_mid_message_exits_cleanly() {
    let mut server = Server::start();
    server.send_raw(b"Content-Length: 500\r\n\r\n{\"jsonrpc\"");
    server.close_stdin();
    assert_eq!(server.exit_status().code(), Some(0), "{}", server.log());
}

#[test]
fn exit_without_shutdown_is_an_error_exit() {
    let (mut server, _) = Server::initialized(&[]);
    server.notify("exit", Value::Null);
    // As the protocol asks: 1 when `exit` comes without `shutdown`.
    assert_eq!(server.exit_status().code(), Some(1), "{}", server.log());
}

/// Neovim's own LSP client, headless: it opens the broken seed with
/// `planlint lsp` as its server, waits for the diagnostics, deletes the stray
/// line as a user would, waits for them to clear, stops the server, and
/// writes down what it held at each step.
#[test]
#[ignore = "needs Neovim (apt-get install neovim)"]
fn neovim_shows_the_findings() {
    let dir = scratch("neovim");
    let plan = dir.join("plan.txt");
    std::fs::write(&plan, broken_seed()).unwrap();
    let out = dir.join("seen.json");
    let script = dir.join("client.lua");
    let stray_line = heading_line() + 1;
    std::fs::write(
        &script,
        format!(
            r"
local out, plan, bin, root, stray = {out:?}, {plan:?}, {bin:?}, {root:?}, {stray_line}
local function snapshot(bufnr)
  local seen = {{}}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(seen, {{
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, code = d.code, source = d.source, message = d.message,
    }})
  end
  return seen
end
local result = {{}}
local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(plan))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({{
    name = 'planlint',
    cmd = {{ bin, 'lsp' }},
    root_dir = root,
    on_exit = function(code) result.exit_code = code end,
  }})
  assert(client_id, 'vim.lsp.start_client failed')
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'vim.lsp.buf_attach_client failed')
  result.published = vim.wait(30000, function() return #vim.diagnostic.get(bufnr) > 0 end, 20)
  result.broken = snapshot(bufnr)
  result.encoding = vim.lsp.get_client_by_id(client_id).offset_encoding
  -- Delete the stray line: an incremental change.
  vim.api.nvim_buf_set_lines(bufnr, stray, stray + 1, false, {{}})
  result.cleared = vim.wait(30000, function() return #vim.diagnostic.get(bufnr) == 0 end, 20)
  result.fixed = snapshot(bufnr)
  vim.lsp.stop_client(client_id)
  vim.wait(10000, function() return result.exit_code ~= nil end, 20)
end)
result.ok = ok
result.error = err and tostring(err) or nil
vim.fn.writefile({{ vim.fn.json_encode(result) }}, out)
vim.cmd('qa!')
",
            out = out.display().to_string(),
            plan = plan.display().to_string(),
            bin = env!("CARGO_BIN_EXE_planlint"),
            root = dir.display().to_string(),
        ),
    )
    .unwrap();
    let mut nvim = Command::new("nvim")
        .args(["--headless", "--clean", "-n", "-u", "NONE", "-c"])
        .arg(format!("luafile {}", script.display()))
        .current_dir(&dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .spawn()
        .expect("nvim is installed (apt-get install neovim)");
    let deadline = Instant::now() + Duration::from_secs(120);
    while nvim.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = nvim.kill();
            panic!("Neovim did not finish");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let seen: Value =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("Neovim wrote its findings"))
            .unwrap();
    assert_eq!(seen["ok"], true, "{seen:#}");
    assert_eq!(seen["published"], true, "{seen:#}");
    assert_eq!(seen["encoding"], "utf-16", "{seen:#}");
    let broken = seen["broken"].as_array().unwrap();
    let found = broken
        .iter()
        .find(|d| d["code"] == "unrecognized-line" && d["lnum"] == stray_line)
        .unwrap_or_else(|| panic!("{seen:#}"));
    // Neovim keeps byte columns: it converted our UTF-16 columns using the
    // line's text, so these are right only if ours were. Three bytes of
    // ideographic space, then U+20000 (4) and six characters (18).
    assert_eq!(found["col"], 3, "{found:#}");
    assert_eq!(
        (&found["end_lnum"], &found["end_col"]),
        (&json!(stray_line), &json!(25))
    );
    assert_eq!(found["severity"], 1);
    assert_eq!(found["source"], "planlint");
    assert_eq!(seen["cleared"], true, "{seen:#}");
    assert_eq!(seen["fixed"], json!([]));
    assert_eq!(seen["exit_code"], 0, "{seen:#}");
}

/// With its standard error's reader gone, the server panicked (exit 101) on
/// its first log line, before answering `initialize`.
#[test]
fn serves_when_the_log_reader_has_closed() {
    let mut server = Server::start_with(false);
    let response = server.request(
        "initialize",
        json!({"processId": null, "rootUri": null, "capabilities": {}}),
    );
    assert!(response["result"]["capabilities"].is_object(), "{response}");
    server.notify("initialized", json!({}));
    let dir = scratch("closed-log");
    let uri = file_uri(&dir.join("plan.txt"));
    server.open(&uri, &broken_seed());
    assert!(!server.diagnostics(&uri).is_empty());
    server.shutdown();
}

/// A request whose id was an object, a float or null was taken for a
/// notification and never answered; JSON-RPC asks for an error with id null.
#[test]
fn requests_with_odd_ids_get_an_error_with_id_null() {
    let (mut server, _) = Server::initialized(&[]);
    for id in [json!({"a": 1}), json!(1.5), Value::Null] {
        server.send(
            &json!({"jsonrpc": "2.0", "id": id, "method": "textDocument/hover", "params": {}}),
        );
        let answer = server.wait("an error for a bad id", |m| m.get("error").is_some());
        assert_eq!(answer["error"]["code"], -32600, "{answer}");
        assert_eq!(answer["id"], Value::Null, "{answer}");
    }
    server.shutdown();
}

/// The English version of the ITC plan, open in the editor, is compared with
/// the Traditional Chinese version on disk beside it: a date changed in the
/// English version only shows a `translation-mismatch` with related
/// information in the Chinese file; putting the date back clears it.
#[test]
fn an_open_plan_is_compared_with_its_other_language_version_on_disk() {
    const ENGLISH: &str = include_str!("fixtures/plans/itc-2022-2024.en.txt");
    let dir = scratch("versions");
    let chinese = dir.join("itc.txt");
    std::fs::write(&chinese, SEED).unwrap();
    let english = dir.join("itc.en.txt");
    let (mut server, _) = Server::initialized(&[]);
    let uri = file_uri(&english);
    server.open(&uri, ENGLISH);
    assert_eq!(
        server.diagnostics(&uri),
        Vec::<Value>::new(),
        "the versions agree"
    );

    // Line 13 (zero-based 12): change `02/2022` to `03/2022`.
    let line = 12;
    let text = ENGLISH.lines().nth(line as usize).unwrap();
    let at = utf16_len(&text[..text.find("02/2022").unwrap()]);
    server.change(
        &uri,
        2,
        json!([{"range": range((line, at), (line, at + 2)), "text": "03"}]),
    );
    let diagnostics = server.diagnostics(&uri);
    let mismatch = diagnostics
        .iter()
        .find(|d| d["code"] == "translation-mismatch")
        .unwrap_or_else(|| panic!("{diagnostics:#?}"));
    assert_eq!(mismatch["range"], range((line, at), (line, at + 7)));
    let related = &mismatch["relatedInformation"][0];
    assert_eq!(
        related["location"]["uri"],
        file_uri(&chinese),
        "{mismatch:#}"
    );
    assert_eq!(related["location"]["range"]["start"]["line"], line);

    server.change(
        &uri,
        3,
        json!([{"range": range((line, at), (line, at + 2)), "text": "02"}]),
    );
    assert_eq!(
        server.diagnostics(&uri),
        Vec::<Value>::new(),
        "fixed, it clears"
    );
    server.shutdown();
}

/// The client's `locale` chooses the language of findings and hover: a
/// zh-Hant client reads Chinese about the Traditional Chinese seed, an `en`
/// client English, and a client that sends none reads the plan's language.
#[test]
fn locale_chooses_the_language_of_findings_and_hover() {
    let cases: [(Option<&str>, &str, &str, &str); 4] = [
        (Some("zh-Hant"), "無法辨識的一行", "## 作用", "建議："),
        (Some("zh-HK"), "無法辨識的一行", "## 作用", "建議："),
        (Some("en"), "unrecognized line", "## What it does", "help: "),
        (None, "無法辨識的一行", "## 作用", "建議："),
    ];
    for (locale, message, docs, help) in cases {
        let (mut server, _) = Server::initialized_in(&[], locale);
        let dir = scratch(&format!("locale-{}", locale.unwrap_or("none")));
        let uri = file_uri(&dir.join("plan.txt"));
        server.open(&uri, &broken_seed());
        let diagnostics = server.diagnostics(&uri);
        let line = heading_line() + 1;
        let finding = diagnostics
            .iter()
            .find(|d| d["code"] == "unrecognized-line" && d["range"]["start"]["line"] == line)
            .unwrap_or_else(|| panic!("{locale:?}: {diagnostics:#?}"));
        // The same place in every language.
        assert_eq!(finding["range"], range((line, 1), (line, 1 + 2 + 6)));
        let text = finding["message"].as_str().unwrap();
        assert!(text.starts_with(message), "{locale:?}: {finding:#}");
        // Rule ids and machine fields stay English.
        assert_eq!(finding["code"], "unrecognized-line", "{locale:?}");
        assert_eq!(finding["source"], "planlint", "{locale:?}");
        let hover = server.request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": 2}}),
        );
        let contents = hover["result"]["contents"]["value"]
            .as_str()
            .unwrap_or_default();
        assert!(contents.contains("`unrecognized-line`"), "{hover:#}");
        assert!(contents.contains(docs), "{locale:?}: {contents}");
        assert!(contents.contains(message), "{locale:?}: {contents}");
        assert!(contents.contains(help), "{locale:?}: {contents}");
        server.shutdown();
    }
}
