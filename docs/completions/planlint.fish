# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_planlint_global_optspecs
    string join \n h/help V/version
end

function __fish_planlint_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_planlint_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_planlint_using_subcommand
    set -l cmd (__fish_planlint_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c planlint -n "__fish_planlint_needs_command" -s h -l help -d 'Print help'
complete -c planlint -n "__fish_planlint_needs_command" -s V -l version -d 'Print version'
complete -c planlint -n "__fish_planlint_needs_command" -f -a "check" -d 'Check plans and report what is wrong in them'
complete -c planlint -n "__fish_planlint_needs_command" -f -a "parse" -d 'Parse plans and print their structure (JSON for export, or an outline)'
complete -c planlint -n "__fish_planlint_needs_command" -f -a "rule" -d 'Show the documentation of a rule, or list every rule'
complete -c planlint -n "__fish_planlint_needs_command" -f -a "ledger" -d 'List every promise of every issuer\'s plans with what became of it: released on time or late, rescheduled, overdue, pending or dropped'
complete -c planlint -n "__fish_planlint_needs_command" -f -a "report" -d 'Write the plans, their findings and their promises as one web page'
complete -c planlint -n "__fish_planlint_needs_command" -f -a "lsp" -d 'Run the language server on standard input and output, for editors'
complete -c planlint -n "__fish_planlint_needs_command" -f -a "completions" -d 'Print a shell completion script: `source <(planlint completions bash)`'
complete -c planlint -n "__fish_planlint_needs_command" -f -a "man" -d 'Print the man page (roff): `planlint man | man -l -`'
complete -c planlint -n "__fish_planlint_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c planlint -n "__fish_planlint_using_subcommand check" -l format -d 'Output format' -r -f -a "pretty\t'Source excerpts with labels and help, for people'
concise\t'One line per finding: `path:line:col: severity[rule] message`'
json\t'planlint\'s JSON (columns in Unicode scalar values)'
github\t'GitHub Actions workflow commands (`::error file=…`), errors first; with `GITHUB_STEP_SUMMARY` set, also a Markdown job summary of every finding'
sarif\t'SARIF 2.1.0 for GitHub code scanning (columns in UTF-16 code units)'
gitlab\t'GitLab Code Quality JSON'
junit\t'JUnit XML: a test suite per file, a failing test case per finding'
checkstyle\t'Checkstyle XML'
rdjson\t'reviewdog\'s rdjson (columns in UTF-8 bytes)'
rdjsonl\t'reviewdog\'s rdjsonl: one rdjson diagnostic per line'"
complete -c planlint -n "__fish_planlint_using_subcommand check" -s o -l output-file -d 'Write the report to this file instead of standard output' -r -F
complete -c planlint -n "__fish_planlint_using_subcommand check" -l select -d 'Run only these rules (comma-separated ids; `ALL` for every rule)' -r
complete -c planlint -n "__fish_planlint_using_subcommand check" -l extend-select -d 'Run these rules too, besides the configured or selected ones' -r
complete -c planlint -n "__fish_planlint_using_subcommand check" -l ignore -d 'Do not run these rules (comma-separated ids)' -r
complete -c planlint -n "__fish_planlint_using_subcommand check" -l config -d 'Use this config file instead of discovering `planlint.toml`' -r -F
complete -c planlint -n "__fish_planlint_using_subcommand check" -l stdin-filename -d 'The name to report standard input (`-`) under, and to find its config by' -r
complete -c planlint -n "__fish_planlint_using_subcommand check" -l encoding -d 'Read files without a byte order mark in this encoding (over `encoding` in planlint.toml): `utf-8` or `big5-hkscs`' -r
complete -c planlint -n "__fish_planlint_using_subcommand check" -l show-settings -d 'Print the settings that apply to FILE (the planlint.toml, the rules and their severities, the vocabulary additions) and exit' -r -F
complete -c planlint -n "__fish_planlint_using_subcommand check" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when the output is a terminal that supports it (not `TERM=dumb`) and `NO_COLOR` is unset, or when `FORCE_COLOR` or `CLICOLOR_FORCE` is set'
always\t'Always colour'
never\t'Never colour'"
complete -c planlint -n "__fish_planlint_using_subcommand check" -l lang -d 'The language of messages: `auto` (each plan\'s own, the default), `en`, `zh-Hant` or `zh-Hans`; overrides `lang` in planlint.toml' -r
complete -c planlint -n "__fish_planlint_using_subcommand check" -l no-config -d 'Use no config file: default rules and vocabularies only'
complete -c planlint -n "__fish_planlint_using_subcommand check" -l force-exclude -d 'Apply `[files] exclude` to files named on the command line too (for pre-commit and editors, which pass file names)'
complete -c planlint -n "__fish_planlint_using_subcommand check" -l deny-warnings -d 'Exit with 1 on warnings too'
complete -c planlint -n "__fish_planlint_using_subcommand check" -l exit-zero -d 'Exit with 0 even when there are error-level findings (2 still means trouble)'
complete -c planlint -n "__fish_planlint_using_subcommand check" -s q -l quiet -d 'Print the findings and nothing else: no summary line'
complete -c planlint -n "__fish_planlint_using_subcommand check" -l fix -d 'Apply the fixes planlint offers (a malformed date it can read, a frequency with one near spelling, leftover markup) to the files, then report what is left. Review the changes before committing them'
complete -c planlint -n "__fish_planlint_using_subcommand check" -l unsafe-fixes -d 'With `--fix` or `--diff`, also apply the unsafe fixes: guesses such as the nearest spelling of a frequency. Review them before committing'
complete -c planlint -n "__fish_planlint_using_subcommand check" -l diff -d 'Print a unified diff of what `--fix` would write, and write nothing. Exits with 1 when there is a diff'
complete -c planlint -n "__fish_planlint_using_subcommand check" -l statistics -d 'Print how many findings each rule made instead of the findings (a table, or JSON with `--format json`)'
complete -c planlint -n "__fish_planlint_using_subcommand check" -l show-files -d 'Print the files a check would read, and what it skips and why, and exit'
complete -c planlint -n "__fish_planlint_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c planlint -n "__fish_planlint_using_subcommand check" -s V -l version -d 'Print version'
complete -c planlint -n "__fish_planlint_using_subcommand parse" -l format -d 'Output format' -r -f -a "json\t'The model as JSON: an object for one file, an array for several'
pretty\t'A readable outline'
csv\t'One row per dataset of every plan, for a spreadsheet: the plan\'s issuer, years and language, the row\'s section and table, and every cell'"
complete -c planlint -n "__fish_planlint_using_subcommand parse" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c planlint -n "__fish_planlint_using_subcommand parse" -s V -l version -d 'Print version'
complete -c planlint -n "__fish_planlint_using_subcommand rule" -l lang -d 'The language of the documentation: `en` (the default, also for `auto`), `zh-Hant` or `zh-Hans`' -r
complete -c planlint -n "__fish_planlint_using_subcommand rule" -l all -d 'List every rule with its default severity and summary'
complete -c planlint -n "__fish_planlint_using_subcommand rule" -s h -l help -d 'Print help'
complete -c planlint -n "__fish_planlint_using_subcommand rule" -s V -l version -d 'Print version'
complete -c planlint -n "__fish_planlint_using_subcommand ledger" -l as-of -d 'The month promises are judged at (`YYYY-MM`): a target before it that is not released is overdue. Default: this month' -r
complete -c planlint -n "__fish_planlint_using_subcommand ledger" -l format -d 'Output format' -r -f -a "pretty\t'One table per issuer, for a terminal'
json\t'`{"version": 1, "entries": [...]}`'
csv\t'One row per promise, for a spreadsheet'"
complete -c planlint -n "__fish_planlint_using_subcommand ledger" -l lang -d 'The language of the pretty table\'s words: `auto` (each issuer\'s plans\' own, the default), `en`, `zh-Hant` or `zh-Hans`. JSON and CSV fields stay English' -r
complete -c planlint -n "__fish_planlint_using_subcommand ledger" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c planlint -n "__fish_planlint_using_subcommand ledger" -s V -l version -d 'Print version'
complete -c planlint -n "__fish_planlint_using_subcommand report" -s o -l output -d 'The HTML file to write, or `-` for standard output' -r -F
complete -c planlint -n "__fish_planlint_using_subcommand report" -l as-of -d 'The month promises are judged at (`YYYY-MM`): a target before it that is not released is overdue. Default: this month' -r
complete -c planlint -n "__fish_planlint_using_subcommand report" -l config -d 'Use this config file instead of discovering `planlint.toml`' -r -F
complete -c planlint -n "__fish_planlint_using_subcommand report" -l lang -d 'The language of the page\'s labels: `en` (the default, also for `auto`), `zh-Hant` or `zh-Hans`. The plans\' text stays as written' -r
complete -c planlint -n "__fish_planlint_using_subcommand report" -l no-config -d 'Use no config file: default rules and vocabularies only'
complete -c planlint -n "__fish_planlint_using_subcommand report" -s h -l help -d 'Print help'
complete -c planlint -n "__fish_planlint_using_subcommand report" -s V -l version -d 'Print version'
complete -c planlint -n "__fish_planlint_using_subcommand lsp" -l stdio -d 'Accepted for editor clients that pass it; standard input and output are the only transport'
complete -c planlint -n "__fish_planlint_using_subcommand lsp" -s h -l help -d 'Print help'
complete -c planlint -n "__fish_planlint_using_subcommand lsp" -s V -l version -d 'Print version'
complete -c planlint -n "__fish_planlint_using_subcommand completions" -s h -l help -d 'Print help'
complete -c planlint -n "__fish_planlint_using_subcommand completions" -s V -l version -d 'Print version'
complete -c planlint -n "__fish_planlint_using_subcommand man" -s h -l help -d 'Print help'
complete -c planlint -n "__fish_planlint_using_subcommand man" -s V -l version -d 'Print version'
complete -c planlint -n "__fish_planlint_using_subcommand help; and not __fish_seen_subcommand_from check parse rule ledger report lsp completions man help" -f -a "check" -d 'Check plans and report what is wrong in them'
complete -c planlint -n "__fish_planlint_using_subcommand help; and not __fish_seen_subcommand_from check parse rule ledger report lsp completions man help" -f -a "parse" -d 'Parse plans and print their structure (JSON for export, or an outline)'
complete -c planlint -n "__fish_planlint_using_subcommand help; and not __fish_seen_subcommand_from check parse rule ledger report lsp completions man help" -f -a "rule" -d 'Show the documentation of a rule, or list every rule'
complete -c planlint -n "__fish_planlint_using_subcommand help; and not __fish_seen_subcommand_from check parse rule ledger report lsp completions man help" -f -a "ledger" -d 'List every promise of every issuer\'s plans with what became of it: released on time or late, rescheduled, overdue, pending or dropped'
complete -c planlint -n "__fish_planlint_using_subcommand help; and not __fish_seen_subcommand_from check parse rule ledger report lsp completions man help" -f -a "report" -d 'Write the plans, their findings and their promises as one web page'
complete -c planlint -n "__fish_planlint_using_subcommand help; and not __fish_seen_subcommand_from check parse rule ledger report lsp completions man help" -f -a "lsp" -d 'Run the language server on standard input and output, for editors'
complete -c planlint -n "__fish_planlint_using_subcommand help; and not __fish_seen_subcommand_from check parse rule ledger report lsp completions man help" -f -a "completions" -d 'Print a shell completion script: `source <(planlint completions bash)`'
complete -c planlint -n "__fish_planlint_using_subcommand help; and not __fish_seen_subcommand_from check parse rule ledger report lsp completions man help" -f -a "man" -d 'Print the man page (roff): `planlint man | man -l -`'
complete -c planlint -n "__fish_planlint_using_subcommand help; and not __fish_seen_subcommand_from check parse rule ledger report lsp completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
