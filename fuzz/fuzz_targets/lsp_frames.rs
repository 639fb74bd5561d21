//! The language server on arbitrary frames, after a real `initialize` and
//! `didOpen`, so every handler is in reach.
#![no_main]

use libfuzzer_sys::fuzz_target;
use planlint::lsp::Server;

fn framed(body: &str) -> Vec<u8> {
    format!("Content-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
}

fuzz_target!(|data: &[u8]| {
    let mut input = framed(
        r#"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"capabilities":{"general":{"positionEncodings":["utf-8","utf-16"]}}}}"#,
    );
    input.extend(framed(
        r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#,
    ));
    input.extend(framed(
        r#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"untitled:p.txt","languageId":"plan","version":1,"text":"A. 在 2024 年發放的局／部門數據集\n編號\t數據種類\t數據集名稱\t一般說明\t目標發放日期 (月/年)\t更新頻率\n1\t財經\t開支\t<li>CSV\t3/2024\t實特"}}}"#,
    ));
    input.extend_from_slice(data);
    let mut server = Server::new(Box::new(std::io::sink()));
    let code = server.serve(&mut &input[..]);
    assert!(code <= 1, "exit code {code}");
});
