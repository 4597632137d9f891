#include <iostream>

#include "ingest/ingest_runner.h"
#include "tools/kg/cli_common.h"
#include "tools/kg/commands.h"

namespace kg::cli {

int RunIngest(const IngestOptions& o) {
  if (!o.published.empty()) {
    auto d = Date::ParseIso(o.published);
    if (!d.ok()) return ReportError(Status::InvalidArgument("--published: " + d.status().message()));
  }
  auto data = DataDir();
  if (!data.ok()) return ReportError(data.status());
  ingest::PipelineOptions po;
  po.data_dir = *data;
  po.extra_dictionaries = o.dictionaries;
  auto pipeline = ingest::Pipeline::Create(po);
  if (!pipeline.ok()) return ReportError(pipeline.status());
  auto store = OpenForWrite();
  if (!store.ok()) return ReportError(store.status());

  ingest::IngestOptions io;
  io.input.txt_published = o.published;
  io.input.txt_lang = o.lang;
  io.input.max_article_bytes = static_cast<size_t>(o.max_article_mb * (1 << 20));
  io.progress = o.progress && !Globals().quiet && StderrIsTerminal();
  const ingest::IngestSummary s = ingest::RunIngest(**store, **pipeline, o.inputs, io, std::cerr);
  if (!Globals().quiet) std::cerr << "kg: " << ingest::FormatSummary(s) << "\n";
  return s.failed > 0 ? kExitFailure : kExitOk;
}

}  // namespace kg::cli
