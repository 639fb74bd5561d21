
use builtin;
use str;

set edit:completion:arg-completer[planlint] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'planlint'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'planlint'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand check 'Check plans and report what is wrong in them'
            cand parse 'Parse plans and print their structure (JSON for export, or an outline)'
            cand rule 'Show the documentation of a rule, or list every rule'
            cand ledger 'List every promise of every issuer''s plans with what became of it: released on time or late, rescheduled, overdue, pending or dropped'
            cand report 'Write the plans, their findings and their promises as one web page'
            cand lsp 'Run the language server on standard input and output, for editors'
            cand completions 'Print a shell completion script: `source <(planlint completions bash)`'
            cand man 'Print the man page (roff): `planlint man | man -l -`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'planlint;check'= {
            cand --format 'Output format'
            cand -o 'Write the report to this file instead of standard output'
            cand --output-file 'Write the report to this file instead of standard output'
            cand --select 'Run only these rules (comma-separated ids; `ALL` for every rule)'
            cand --extend-select 'Run these rules too, besides the configured or selected ones'
            cand --ignore 'Do not run these rules (comma-separated ids)'
            cand --config 'Use this config file instead of discovering `planlint.toml`'
            cand --stdin-filename 'The name to report standard input (`-`) under, and to find its config by'
            cand --encoding 'Read files without a byte order mark in this encoding (over `encoding` in planlint.toml): `utf-8` or `big5-hkscs`'
            cand --show-settings 'Print the settings that apply to FILE (the planlint.toml, the rules and their severities, the vocabulary additions) and exit'
            cand --color 'When to colour the output'
            cand --lang 'The language of messages: `auto` (each plan''s own, the default), `en`, `zh-Hant` or `zh-Hans`; overrides `lang` in planlint.toml'
            cand --no-config 'Use no config file: default rules and vocabularies only'
            cand --force-exclude 'Apply `[files] exclude` to files named on the command line too (for pre-commit and editors, which pass file names)'
            cand --deny-warnings 'Exit with 1 on warnings too'
            cand --exit-zero 'Exit with 0 even when there are error-level findings (2 still means trouble)'
            cand -q 'Print the findings and nothing else: no summary line'
            cand --quiet 'Print the findings and nothing else: no summary line'
            cand --fix 'Apply the fixes planlint offers (a malformed date it can read, a frequency with one near spelling, leftover markup) to the files, then report what is left. Review the changes before committing them'
            cand --unsafe-fixes 'With `--fix` or `--diff`, also apply the unsafe fixes: guesses such as the nearest spelling of a frequency. Review them before committing'
            cand --diff 'Print a unified diff of what `--fix` would write, and write nothing. Exits with 1 when there is a diff'
            cand --statistics 'Print how many findings each rule made instead of the findings (a table, or JSON with `--format json`)'
            cand --show-files 'Print the files a check would read, and what it skips and why, and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'planlint;parse'= {
            cand --format 'Output format'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'planlint;rule'= {
            cand --lang 'The language of the documentation: `en` (the default, also for `auto`), `zh-Hant` or `zh-Hans`'
            cand --all 'List every rule with its default severity and summary'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'planlint;ledger'= {
            cand --as-of 'The month promises are judged at (`YYYY-MM`): a target before it that is not released is overdue. Default: this month'
            cand --format 'Output format'
            cand --lang 'The language of the pretty table''s words: `auto` (each issuer''s plans'' own, the default), `en`, `zh-Hant` or `zh-Hans`. JSON and CSV fields stay English'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'planlint;report'= {
            cand -o 'The HTML file to write, or `-` for standard output'
            cand --output 'The HTML file to write, or `-` for standard output'
            cand --as-of 'The month promises are judged at (`YYYY-MM`): a target before it that is not released is overdue. Default: this month'
            cand --config 'Use this config file instead of discovering `planlint.toml`'
            cand --lang 'The language of the page''s labels: `en` (the default, also for `auto`), `zh-Hant` or `zh-Hans`. The plans'' text stays as written'
            cand --no-config 'Use no config file: default rules and vocabularies only'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'planlint;lsp'= {
            cand --stdio 'Accepted for editor clients that pass it; standard input and output are the only transport'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'planlint;completions'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'planlint;man'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'planlint;help'= {
            cand check 'Check plans and report what is wrong in them'
            cand parse 'Parse plans and print their structure (JSON for export, or an outline)'
            cand rule 'Show the documentation of a rule, or list every rule'
            cand ledger 'List every promise of every issuer''s plans with what became of it: released on time or late, rescheduled, overdue, pending or dropped'
            cand report 'Write the plans, their findings and their promises as one web page'
            cand lsp 'Run the language server on standard input and output, for editors'
            cand completions 'Print a shell completion script: `source <(planlint completions bash)`'
            cand man 'Print the man page (roff): `planlint man | man -l -`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'planlint;help;check'= {
        }
        &'planlint;help;parse'= {
        }
        &'planlint;help;rule'= {
        }
        &'planlint;help;ledger'= {
        }
        &'planlint;help;report'= {
        }
        &'planlint;help;lsp'= {
        }
        &'planlint;help;completions'= {
        }
        &'planlint;help;man'= {
        }
        &'planlint;help;help'= {
        }
    ]
    $completions[$command]
}
