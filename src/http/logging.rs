//! Logging: the set-up ([`init_logging`]: human or JSON lines on stderr, through a writer
//! thread) and the human format, which prints the lines tracing-subscriber's default (`Full`)
//! format prints, with less work.
//!
//! Every request logs one line. The default formatter spent about 11,000 instructions on it, a
//! fifth of what a whole authenticated read cost (callgrind, see `bench/PROFILE.md`): it
//! formatted the timestamp from scratch and passed every field name through ANSI styling, even
//! with colours off. This one keeps the date and time of the current second per thread and
//! writes names and values directly. The output is the same without colours (a test compares
//! the two), including the target of events from the `log` crate and the escaping of control
//! characters in messages and errors; on a terminal the server uses the default format, colours
//! and all.

use std::cell::RefCell;
use std::fmt::{self, Write as _};

use tracing::field::{Field, Visit};
use tracing::{Event, Level, Subscriber};
use tracing_log::NormalizeEvent;
use tracing_subscriber::fmt::format::Writer;
use tracing_subscriber::fmt::{FmtContext, FormatEvent, FormatFields, FormattedFields};
use tracing_subscriber::registry::LookupSpan;

/// How logs are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    /// Human-readable lines.
    Human,
    /// One JSON object per line.
    Json,
}

/// Sets up `tracing` (level from `RUST_LOG`, default `info`). Keep the returned guard until
/// exit: dropping it writes out the lines still queued.
pub fn init_logging(format: LogFormat) -> tracing_appender::non_blocking::WorkerGuard {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    // Logs go to stderr, so stdout carries only the lines scripts read ("listening on",
    // "credentials"); colours only on a terminal. A writer thread takes the lines off the
    // request path and writes whatever has queued up in one system call, instead of one write
    // per request on a worker thread; it never drops a line (a full queue makes the logger
    // wait).
    let (writer, guard) = tracing_appender::non_blocking::NonBlockingBuilder::default()
        .lossy(false)
        .thread_name("d1-sandbox-log")
        .finish(std::io::BufWriter::new(std::io::stderr()));
    let terminal = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(writer)
        .with_ansi(terminal);
    // A second initialisation (tests) keeps the first subscriber.
    let _ = match format {
        // A terminal gets tracing's own format, with its colours; files and pipes (where speed
        // matters) get the same lines from the lean formatter.
        LogFormat::Human if terminal => builder.try_init(),
        LogFormat::Human => builder.event_format(HumanFormat).try_init(),
        LogFormat::Json => builder.json().try_init(),
    };
    guard
}

/// The human-readable event format (see the module documentation).
#[derive(Debug, Clone, Copy, Default)]
pub struct HumanFormat;

thread_local! {
    /// The Unix second last formatted on this thread, and its `YYYY-MM-DDTHH:MM:SS`.
    static SECOND: RefCell<(i64, String)> = const { RefCell::new((i64::MIN, String::new())) };
}

/// Writes the current time as RFC 3339 with microseconds in UTC, as the default format does.
fn write_timestamp(writer: &mut Writer<'_>) -> fmt::Result {
    let now = chrono::Utc::now();
    let second = now.timestamp();
    SECOND.with(|cached| {
        let mut cached = cached.borrow_mut();
        if cached.0 != second {
            cached.1.clear();
            write!(cached.1, "{}", now.format("%Y-%m-%dT%H:%M:%S"))?;
            cached.0 = second;
        }
        writer.write_str(&cached.1)?;
        write!(writer, ".{:06}Z", now.timestamp_subsec_micros())
    })
}

impl<S, N> FormatEvent<S, N> for HumanFormat
where
    S: Subscriber + for<'a> LookupSpan<'a>,
    N: for<'a> FormatFields<'a> + 'static,
{
    fn format_event(
        &self,
        ctx: &FmtContext<'_, S, N>,
        mut writer: Writer<'_>,
        event: &Event<'_>,
    ) -> fmt::Result {
        write_timestamp(&mut writer)?;
        // Events from the `log` crate carry their real target and level in fields.
        let normalized = event.normalized_metadata();
        let meta = normalized.as_ref().unwrap_or_else(|| event.metadata());
        let (level, colour) = match *meta.level() {
            Level::ERROR => ("ERROR", "31"),
            Level::WARN => (" WARN", "33"),
            Level::INFO => (" INFO", "32"),
            Level::DEBUG => ("DEBUG", "34"),
            Level::TRACE => ("TRACE", "35"),
        };
        if writer.has_ansi_escapes() {
            write!(writer, " \x1b[{colour}m{level}\x1b[0m ")?;
        } else {
            write!(writer, " {level} ")?;
        }
        // Spans, outermost first, as `name{fields}:`.
        if let Some(scope) = ctx.event_scope() {
            let mut any = false;
            for span in scope.from_root() {
                writer.write_str(span.name())?;
                let extensions = span.extensions();
                if let Some(fields) = extensions.get::<FormattedFields<N>>()
                    && !fields.is_empty()
                {
                    write!(writer, "{{{fields}}}")?;
                }
                writer.write_char(':')?;
                any = true;
            }
            if any {
                writer.write_char(' ')?;
            }
        }
        writer.write_str(meta.target())?;
        writer.write_str(": ")?;
        let sanitize = writer.sanitizes_ansi_escapes();
        let mut fields = Fields {
            writer: &mut writer,
            first: true,
            sanitize,
            result: Ok(()),
        };
        event.record(&mut fields);
        fields.result?;
        writer.write_char('\n')
    }
}

/// Writes an event's fields: the message as it is, the others as ` name=value` (strings
/// quoted, as `Debug` does).
struct Fields<'a, 'w> {
    writer: &'a mut Writer<'w>,
    first: bool,
    /// Whether control characters in messages and errors are escaped (terminal injection).
    sanitize: bool,
    result: fmt::Result,
}

/// Escapes what could drive a terminal, as tracing-subscriber does for messages and errors: ESC,
/// BEL, BS, FF and DEL as `\xNN`, C1 controls as `\u{NN}`.
struct Escaping<'a, 'w> {
    writer: &'a mut Writer<'w>,
    on: bool,
}

impl fmt::Write for Escaping<'_, '_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        if !self.on || !s.chars().any(needs_escape) {
            return self.writer.write_str(s);
        }
        for c in s.chars() {
            match c {
                '\x1b' | '\x07' | '\x08' | '\x0c' | '\x7f' => {
                    write!(self.writer, "\\x{:02x}", c as u32)?
                }
                c if needs_escape(c) => write!(self.writer, "\\u{{{:x}}}", c as u32)?,
                c => self.writer.write_char(c)?,
            }
        }
        Ok(())
    }
}

fn needs_escape(c: char) -> bool {
    matches!(
        c,
        '\x1b' | '\x07' | '\x08' | '\x0c' | '\x7f' | '\u{80}'..='\u{9f}'
    )
}

impl<'w> Fields<'_, 'w> {
    /// The writer, escaping control characters when sanitising.
    fn escaping(&mut self) -> Escaping<'_, 'w> {
        Escaping {
            writer: self.writer,
            on: self.sanitize,
        }
    }

    /// Starts a field: a separating space unless it is the first, and `name=` unless it is the
    /// message. False when the field is not written at all.
    fn start(&mut self, field: &Field) -> bool {
        let name = field.name();
        if self.result.is_err() || name.starts_with("log.") {
            return false;
        }
        if !self.first {
            self.result = self.writer.write_char(' ');
        }
        self.first = false;
        if name != "message" {
            let name = name.strip_prefix("r#").unwrap_or(name);
            self.result = self
                .result
                .and_then(|()| self.writer.write_str(name))
                .and_then(|()| self.writer.write_char('='));
        }
        self.result.is_ok()
    }
}

impl Visit for Fields<'_, '_> {
    fn record_str(&mut self, field: &Field, value: &str) {
        if self.start(field) {
            self.result = if field.name() == "message" {
                self.escaping().write_str(value)
            } else {
                write!(self.writer, "{value:?}")
            };
        }
    }

    fn record_u64(&mut self, field: &Field, value: u64) {
        if self.start(field) {
            self.result = write!(self.writer, "{value}");
        }
    }

    fn record_i64(&mut self, field: &Field, value: i64) {
        if self.start(field) {
            self.result = write!(self.writer, "{value}");
        }
    }

    fn record_bool(&mut self, field: &Field, value: bool) {
        if self.start(field) {
            self.result = write!(self.writer, "{value}");
        }
    }

    fn record_error(&mut self, field: &Field, value: &(dyn std::error::Error + 'static)) {
        if !self.start(field) {
            return;
        }
        self.result = write!(self.escaping(), "{value}");
        let mut source = value.source();
        if source.is_some() {
            // The default format lists the causes as `name.sources=[a, b]`.
            self.result = self
                .result
                .and_then(|()| write!(self.writer, " {}.sources=[", field.name()));
            let mut first = true;
            while let Some(cause) = source {
                let separator = if first { "" } else { ", " };
                self.result = self.result.and_then(|()| {
                    self.writer.write_str(separator)?;
                    write!(self.escaping(), "{cause}")
                });
                first = false;
                source = cause.source();
            }
            self.result = self.result.and_then(|()| self.writer.write_char(']'));
        }
    }

    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        if self.start(field) {
            self.result = if field.name() == "message" {
                write!(self.escaping(), "{value:?}")
            } else {
                write!(self.writer, "{value:?}")
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;
    use std::sync::{Arc, Mutex};

    use tracing_subscriber::fmt::MakeWriter;

    use super::HumanFormat;

    /// Collects what a subscriber writes.
    #[derive(Clone, Default)]
    struct Captured(Arc<Mutex<Vec<u8>>>);

    impl Write for Captured {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl<'a> MakeWriter<'a> for Captured {
        type Writer = Captured;
        fn make_writer(&'a self) -> Captured {
            self.clone()
        }
    }

    /// A few events of every kind the server logs.
    fn emit() {
        #[derive(Debug)]
        struct Cause;
        impl std::fmt::Display for Cause {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("the disk is full")
            }
        }
        impl std::error::Error for Cause {}
        #[derive(Debug)]
        struct Failure(Cause);
        impl std::fmt::Display for Failure {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("flushing failed")
            }
        }
        impl std::error::Error for Failure {
            fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
                Some(&self.0)
            }
        }
        let method = poem::http::Method::POST;
        tracing::info!(
            %method,
            path = "/a \"quoted\" path/é",
            status = 400u16,
            micros = 22u64,
            signed = -3i64,
            ok = true,
            correlation_id = "-",
            "request"
        );
        tracing::warn!("a message with {} arguments", 2);
        tracing::warn!("control characters: \x1b[31mred\x07 \u{85} end");
        tracing::info!(
            message = "a message field with \x1b]0;title\x07",
            value = "\x1b"
        );
        log::warn!(target: "sled::config", "through the log crate: {}", "\x08");
        tracing::error!(
            error = &Failure(Cause) as &dyn std::error::Error,
            "store failure"
        );
        let injected = std::io::Error::other("\x1b[2Jcleared");
        tracing::error!(
            error = &injected as &dyn std::error::Error,
            "injected error"
        );
        tracing::debug!(list = ?vec!["a", "b"], "debug values");
        let span = tracing::info_span!("shutdown", reason = "signal");
        let _entered = span.enter();
        tracing::info!("inside a span");
    }

    /// The lines a format writes for [`emit`], timestamps cut off.
    fn lines(
        build: impl FnOnce(
            tracing_subscriber::fmt::SubscriberBuilder<
                tracing_subscriber::fmt::format::DefaultFields,
                tracing_subscriber::fmt::format::Format,
                tracing_subscriber::filter::LevelFilter,
                Captured,
            >,
        ) -> Box<dyn tracing::Subscriber + Send + Sync>,
    ) -> Vec<String> {
        // Events of the `log` crate reach the subscriber current on this thread.
        let _ = tracing_log::LogTracer::init();
        let captured = Captured::default();
        let builder = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::DEBUG)
            .with_ansi(false)
            .with_writer(captured.clone());
        tracing::subscriber::with_default(build(builder), emit);
        let text = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
        text.lines()
            .map(|line| {
                let (stamp, rest) = line.split_once(' ').expect("a timestamp");
                assert_eq!(stamp.len(), 27, "{line}");
                assert!(
                    chrono::DateTime::parse_from_rfc3339(stamp).is_ok(),
                    "{stamp}"
                );
                rest.to_string()
            })
            .collect()
    }

    #[test]
    fn lines_are_those_of_the_default_format() {
        let ours = lines(|b| Box::new(b.event_format(HumanFormat).finish()));
        let default = lines(|b| Box::new(b.finish()));
        assert_eq!(ours.len(), 9, "{ours:#?}");
        assert_eq!(ours, default);
        assert!(
            ours.iter()
                .any(|l| l.contains(r"control characters: \x1b[31mred\x07 \u{85} end")),
            "{ours:#?}"
        );
        assert!(
            ours.iter()
                .any(|l| l.starts_with(r" WARN sled::config: through the log crate: \x08")),
            "{ours:#?}"
        );
        assert!(
            ours[0].contains(r#"request method=POST path="/a \"quoted\" path/é" status=400"#),
            "{}",
            ours[0]
        );
    }
}
