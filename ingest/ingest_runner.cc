#include "ingest/ingest_runner.h"

#include <chrono>
#include <cstdio>

namespace kg::ingest {

namespace {

void ShowProgress(const IngestSummary& s, double seconds, std::ostream& out) {
  char line[160];
  std::snprintf(line, sizeof line, "\r  %llu read, %llu ingested, %llu failed, %llu events  (%.1f articles/s)   ",
                static_cast<unsigned long long>(s.read), static_cast<unsigned long long>(s.ingested),
                static_cast<unsigned long long>(s.failed), static_cast<unsigned long long>(s.event_mentions),
                seconds > 0 ? s.read / seconds : 0.0);
  out << line << std::flush;
}

}  // namespace

IngestSummary RunIngest(Store& store, const Pipeline& pipeline, const std::vector<std::string>& inputs,
                        const IngestOptions& options, std::ostream& diag) {
  using Clock = std::chrono::steady_clock;
  const auto start = Clock::now();
  auto last_progress = start;
  IngestSummary s;
  bool progress_shown = false;
  InputReader reader(options.input);
  reader.ForEach(inputs, [&](const std::string& origin, Result<RawArticle> article) {
    ++s.read;
    auto report = [&](const Status& st) {
      ++s.failed;
      if (progress_shown) diag << "\r\033[K";
      diag << "kg: error: " << origin << ": " << st.message() << "\n";
    };
    if (!article.ok()) {
      report(article.status());
    } else {
      auto record = pipeline.Analyze(*article);
      if (!record.ok()) {
        report(record.status());
      } else {
        auto put = store.PutArticle(*record);
        if (!put.ok()) {
          report(put.status());
        } else if (put->outcome == PutOutcome::kUnchanged) {
          ++s.unchanged;
        } else {
          ++s.ingested;
          if (put->outcome == PutOutcome::kReplaced) ++s.replaced;
          s.event_mentions += record->event_mentions.size();
          s.actor_mentions += record->actor_mentions.size();
          s.events_created += put->events_created;
          s.events_merged += put->events_merged;
        }
      }
    }
    if (options.progress) {
      const auto now = Clock::now();
      if (now - last_progress > std::chrono::milliseconds(200)) {
        ShowProgress(s, std::chrono::duration<double>(now - start).count(), diag);
        last_progress = now;
        progress_shown = true;
      }
    }
    return true;
  });
  s.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  if (progress_shown) diag << "\r\033[K";
  return s;
}

std::string FormatSummary(const IngestSummary& s) {
  char buf[400];
  std::snprintf(buf, sizeof buf,
                "read %llu, ingested %llu (%llu replaced), unchanged %llu, failed %llu; "
                "%llu event mentions (%llu new events, %llu merged), %llu actor mentions; %.2f s, %.1f articles/s",
                static_cast<unsigned long long>(s.read), static_cast<unsigned long long>(s.ingested),
                static_cast<unsigned long long>(s.replaced), static_cast<unsigned long long>(s.unchanged),
                static_cast<unsigned long long>(s.failed), static_cast<unsigned long long>(s.event_mentions),
                static_cast<unsigned long long>(s.events_created), static_cast<unsigned long long>(s.events_merged),
                static_cast<unsigned long long>(s.actor_mentions), s.seconds,
                s.seconds > 0 ? s.read / s.seconds : 0.0);
  return buf;
}

}  // namespace kg::ingest
