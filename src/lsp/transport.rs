//! Base protocol framing over any reader and writer, forgiving of bad input.
//!
//! `lsp-server`'s own stdio transport ends its reader thread on the first
//! message that is not valid JSON, which disconnects the server. Here a bad
//! frame becomes a [`Frame::Malformed`] the server answers and logs, and
//! reading goes on with the next frame. The messages themselves are
//! `lsp-server`'s [`Message`] type.

use std::io::{self, BufRead, Read, Write};

use lsp_server::Message;

/// The largest message body read into memory; larger ones are skipped.
pub const MAX_MESSAGE: usize = 256 * 1024 * 1024;

/// The most of one header line kept in memory. Real headers are a few dozen
/// bytes; of a longer line only its last bytes are kept, where a header cut
/// into by garbage would be found.
pub const MAX_HEADER_LINE: usize = 4096;

/// What one frame held.
#[derive(Debug)]
pub enum Frame {
    /// A well-formed JSON-RPC message.
    Message(Message),
    /// A frame that is no JSON-RPC message.
    Malformed(Malformed),
}

/// Why a frame was refused, and the JSON-RPC error to answer with.
#[derive(Debug, Clone, PartialEq)]
pub struct Malformed {
    /// The JSON-RPC error code: parse error or invalid request.
    pub code: i32,
    /// What was wrong.
    pub message: String,
    /// The request's id, when one could be read (answered with `null` otherwise).
    pub id: serde_json::Value,
}

impl Malformed {
    fn parse(message: String) -> Self {
        Self {
            code: lsp_server::ErrorCode::ParseError as i32,
            message,
            id: serde_json::Value::Null,
        }
    }
}

/// Reads the next frame; `None` when the input ends (also mid-frame).
///
/// Header lines may end in CRLF or LF; a header line that is no `Name: value`
/// pair is skipped, so a stray line cannot swallow the next message.
pub fn read(input: &mut impl BufRead) -> io::Result<Option<Frame>> {
    let mut length: Option<Result<usize, String>> = None;
    let mut line = Vec::new();
    loop {
        let Some(skipped) = read_line(input, &mut line)? else {
            return Ok(None);
        };
        if skipped > 0 {
            log(&format!(
                "skipping {skipped} bytes of an over-long header line"
            ));
        }
        let text = String::from_utf8_lossy(&line);
        let mut text = text.trim_end_matches(['\r', '\n']);
        // Resynchronise after a body that was longer than announced or
        // garbage without a line break: the header may follow it directly.
        if let Some(at) = text.to_ascii_lowercase().find("content-length:")
            && at > 0
        {
            log(&format!(
                "skipping bytes before a header: {}",
                shorten(&text[..at])
            ));
            text = &text[at..];
        }
        if text.is_empty() {
            if length.is_some() {
                break;
            }
            // Blank lines between frames are harmless.
            continue;
        }
        let Some((name, value)) = text.split_once(':') else {
            log(&format!(
                "skipping a line that is no header: {}",
                shorten(text)
            ));
            length = None;
            continue;
        };
        if name.trim().eq_ignore_ascii_case("content-length") {
            length = Some(
                value
                    .trim()
                    .parse::<usize>()
                    .map_err(|e| format!("bad Content-Length `{}`: {e}", value.trim())),
            );
        }
    }
    let length = match length {
        Some(Ok(n)) => n,
        Some(Err(message)) => return Ok(Some(Frame::Malformed(Malformed::parse(message)))),
        None => unreachable!("the header loop ends only with a length"),
    };
    if length > MAX_MESSAGE {
        let skipped = io::copy(&mut input.take(length as u64), &mut io::sink())?;
        if (skipped as usize) < length {
            return Ok(None);
        }
        return Ok(Some(Frame::Malformed(Malformed::parse(format!(
            "a message of {length} bytes is larger than the {MAX_MESSAGE} bytes accepted"
        )))));
    }
    let mut body = Vec::with_capacity(length.min(1 << 20));
    input.take(length as u64).read_to_end(&mut body)?;
    if body.len() < length {
        return Ok(None);
    }
    Ok(Some(parse(&body)))
}

/// Reads one line (up to and with its `\n`, or to the end of the input) into
/// `line`, keeping at most its last [`MAX_HEADER_LINE`] bytes. Returns how
/// many bytes were dropped from its start, or `None` at the end of input.
fn read_line(input: &mut impl BufRead, line: &mut Vec<u8>) -> io::Result<Option<usize>> {
    line.clear();
    let mut skipped = 0;
    let mut read_any = false;
    loop {
        let buffer = match input.fill_buf() {
            Ok(buffer) => buffer,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buffer.is_empty() {
            return Ok(read_any.then_some(skipped));
        }
        read_any = true;
        let (chunk, done) = match buffer.iter().position(|&b| b == b'\n') {
            Some(at) => (&buffer[..=at], true),
            None => (buffer, false),
        };
        let used = chunk.len();
        line.extend_from_slice(chunk);
        input.consume(used);
        if line.len() > MAX_HEADER_LINE {
            let excess = line.len() - MAX_HEADER_LINE;
            line.drain(..excess);
            skipped += excess;
        }
        if done {
            return Ok(Some(skipped));
        }
    }
}

/// Parses one frame's body.
fn parse(body: &[u8]) -> Frame {
    let value: serde_json::Value = match serde_json::from_slice(body) {
        Ok(value) => value,
        Err(e) => {
            let text = String::from_utf8_lossy(body);
            return Frame::Malformed(Malformed::parse(format!(
                "not JSON ({e}): {}",
                shorten(&text)
            )));
        }
    };
    // The id to answer an invalid request with: the request's own when it
    // is a valid one (a string or an integer), `null` otherwise.
    let id = match value.get("id") {
        Some(id @ serde_json::Value::String(_)) => id.clone(),
        Some(id @ serde_json::Value::Number(n)) if !n.is_f64() => id.clone(),
        _ => serde_json::Value::Null,
    };
    // A request whose id `lsp-server` cannot hold (an object, a float, null,
    // an integer past 32 bits) would otherwise read as a notification and
    // never be answered. JSON-RPC asks for an error.
    if value.get("method").is_some()
        && let Some(raw) = value.get("id")
        && serde_json::from_value::<lsp_server::RequestId>(raw.clone()).is_err()
    {
        return Frame::Malformed(Malformed {
            code: lsp_server::ErrorCode::InvalidRequest as i32,
            message: format!("a request id must be a string or a 32-bit integer, not `{raw}`"),
            id,
        });
    }
    match serde_json::from_value::<Message>(value) {
        Ok(message) => Frame::Message(message),
        Err(e) => Frame::Malformed(Malformed {
            code: lsp_server::ErrorCode::InvalidRequest as i32,
            message: format!("not a JSON-RPC request, response or notification: {e}"),
            id,
        }),
    }
}

/// Writes one message with its `Content-Length` header, and flushes.
pub fn write(output: &mut dyn Write, message: &Message) -> io::Result<()> {
    let mut buffer = Vec::new();
    message.write(&mut buffer)?;
    output.write_all(&buffer)?;
    output.flush()
}

/// Answers a malformed frame with a JSON-RPC error (its id `null` when unknown).
pub fn write_error(output: &mut dyn Write, malformed: &Malformed) -> io::Result<()> {
    let body = serde_json::json!({
        "jsonrpc": "2.0",
        "id": malformed.id,
        "error": {"code": malformed.code, "message": malformed.message},
    })
    .to_string();
    write!(output, "Content-Length: {}\r\n\r\n{body}", body.len())?;
    output.flush()
}

/// Logs a line to standard error, where editors keep a server's log. An
/// editor that stopped reading the log must not stop the server, so a closed
/// or full standard error drops the line (`eprintln!` would panic).
pub fn log(message: &str) {
    let _ = writeln!(io::stderr().lock(), "planlint lsp: {message}");
}

/// At most 200 characters of `text`, for logs.
fn shorten(text: &str) -> String {
    let mut out: String = text.chars().take(200).collect();
    if out.len() < text.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames(input: &[u8]) -> Vec<Frame> {
        let mut reader = io::BufReader::new(input);
        let mut out = Vec::new();
        while let Some(frame) = read(&mut reader).unwrap() {
            out.push(frame);
        }
        out
    }

    fn framed(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    #[test]
    fn reads_messages_after_garbage() {
        let input = format!(
            "{}garbage line\n{}{}",
            framed("{not json"),
            framed(r#"{"jsonrpc":"2.0","id":7,"params":{}}"#),
            framed(r#"{"jsonrpc":"2.0","method":"exit"}"#),
        );
        let frames = frames(input.as_bytes());
        assert_eq!(frames.len(), 3, "{frames:?}");
        assert!(matches!(&frames[0], Frame::Malformed(m) if m.code == -32700 && m.id.is_null()));
        assert!(matches!(&frames[1], Frame::Malformed(m) if m.code == -32600 && m.id == 7));
        assert!(
            matches!(&frames[2], Frame::Message(Message::Notification(n)) if n.method == "exit")
        );
    }

    #[test]
    fn accepts_bare_line_feeds_and_ends_mid_frame() {
        let input = "content-length: 2\n\n{}Content-Length: 99\r\n\r\n{\"a\"";
        let frames = frames(input.as_bytes());
        assert_eq!(frames.len(), 1);
        assert!(matches!(&frames[0], Frame::Malformed(m) if m.code == -32600));
    }

    #[test]
    fn resynchronises_on_a_header_after_garbage() {
        let input = format!("xx{}", framed(r#"{"jsonrpc":"2.0","method":"exit"}"#));
        let frames = frames(input.as_bytes());
        assert!(matches!(
            &frames[..],
            [Frame::Message(Message::Notification(_))]
        ));
    }

    /// A header line with no line break was read whole into memory: 512 MiB
    /// of it grew the server without bound. Only its end is kept now, and
    /// the message after it is still read.
    #[test]
    fn an_endless_header_line_is_read_in_bounded_memory() {
        struct Endless(u64);
        impl Read for Endless {
            fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
                let n = (buffer.len() as u64).min(self.0) as usize;
                buffer[..n].fill(b'x');
                self.0 -= n as u64;
                Ok(n)
            }
        }
        let after = framed(r#"{"jsonrpc":"2.0","method":"exit"}"#);
        let mut reader = io::BufReader::new(Endless(64 << 20).chain(after.as_bytes()));
        let mut line = Vec::new();
        let skipped = read_line(&mut reader, &mut line).unwrap().unwrap();
        assert!(line.len() <= MAX_HEADER_LINE && line.capacity() <= 64 * 1024);
        assert_eq!(
            skipped + line.len(),
            (64 << 20) + "Content-Length: 33\r\n".len()
        );
        let mut reader = io::BufReader::new(Endless(64 << 20).chain(after.as_bytes()));
        assert!(matches!(
            read(&mut reader).unwrap(),
            Some(Frame::Message(Message::Notification(n))) if n.method == "exit"
        ));
    }

    /// Requests whose id was an object, a float or null were read as
    /// notifications and never answered.
    #[test]
    fn requests_with_ids_lsp_cannot_hold_are_answered() {
        for (id, answer) in [
            ("{\"a\":1}", serde_json::Value::Null),
            ("1.5", serde_json::Value::Null),
            ("null", serde_json::Value::Null),
            ("[1]", serde_json::Value::Null),
            ("4294967296", serde_json::json!(4_294_967_296_u64)),
        ] {
            let input = framed(&format!(
                r#"{{"jsonrpc":"2.0","id":{id},"method":"shutdown"}}"#
            ));
            let frames = frames(input.as_bytes());
            assert!(
                matches!(&frames[..], [Frame::Malformed(m)] if m.code == -32600 && m.id == answer),
                "{id}: {frames:?}"
            );
        }
        // Notifications and ordinary ids are untouched.
        let input = framed(r#"{"jsonrpc":"2.0","id":"a","method":"shutdown"}"#);
        assert!(matches!(
            &frames(input.as_bytes())[..],
            [Frame::Message(Message::Request(_))]
        ));
    }

    #[test]
    fn a_bad_length_is_a_parse_error() {
        let frames = frames(b"Content-Length: many\r\n\r\n");
        assert!(matches!(&frames[0], Frame::Malformed(m) if m.message.contains("many")));
    }
}
