//! Arbitrary bytes through decoding, every rule, every reporter and the fix
//! passes.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use planlint::config::Settings;

static SETTINGS: LazyLock<Settings> = LazyLock::new(planlint_fuzz::every_rule);

fuzz_target!(|data: &[u8]| {
    planlint_fuzz::bytes(data, &SETTINGS);
});
