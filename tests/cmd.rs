//! The command line as data: each `tests/cmd/*.md` file is one flag or one
//! message, with the commands a user types and what planlint prints, run by
//! trycmd. A case's `NAME.in/` folder is its working folder (copied to a
//! scratch folder when the case has a `NAME.out/` to compare it with).
//!
//! Output is not a terminal, so there is no colour unless a case asks for
//! it (tests/cmd/color.md sets `NO_COLOR`, `FORCE_COLOR` and
//! `CLICOLOR_FORCE` itself; trycmd lets these defaults override a case's own
//! variables, so none of those is set here).
//!
//! To write a new case's expected output: `TRYCMD=overwrite cargo test --test cmd`,
//! then read the diff.

#[test]
fn cli_cases() {
    trycmd::TestCases::new()
        .register_bin(
            "planlint",
            std::path::Path::new(env!("CARGO_BIN_EXE_planlint")),
        )
        .env("COLUMNS", "100")
        .env("GITHUB_STEP_SUMMARY", "")
        .case("tests/cmd/*.md")
        .case("tests/cmd/*.toml");
}
