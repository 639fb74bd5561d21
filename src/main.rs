//! The `planlint` binary: parse the command line, run, map to an exit code.

fn main() -> std::process::ExitCode {
    planlint::cli::main()
}
