// kg export dot: GraphViz DOT of a query result or an actor's neighbourhood,
// optionally rendered to SVG by the `dot` program.

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>

#include "query/export/graphviz.h"
#include "tools/kg/cli_common.h"
#include "tools/kg/commands.h"
#include "tools/kg/slice_loader.h"

extern char** environ;

namespace kg::cli {

namespace {

// Pipes `dot_text` into `dot -Tsvg -o svg_path`. dot's own messages go to
// our stderr. posix_spawnp rather than popen: no shell, so a file name with
// quotes or spaces needs no quoting.
Status RenderSvg(const std::string& dot_text, const std::string& svg_path) {
  int fds[2];
  if (pipe(fds) != 0) return Status::IOError(std::string("pipe: ") + std::strerror(errno));
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[0], STDIN_FILENO);
  posix_spawn_file_actions_addclose(&actions, fds[1]);
  std::string arg0 = "dot", arg1 = "-Tsvg", arg2 = "-o", arg3 = svg_path;
  char* argv[] = {arg0.data(), arg1.data(), arg2.data(), arg3.data(), nullptr};
  pid_t pid;
  const int err = posix_spawnp(&pid, "dot", &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  close(fds[0]);
  if (err != 0) {
    close(fds[1]);
    if (err == ENOENT) {
      return Status::NotFound(
          "--svg needs GraphViz's `dot` program, which is not on PATH; install graphviz (apt-get install "
          "graphviz), or write DOT with -o FILE and render it elsewhere");
    }
    return Status::IOError(std::string("cannot run dot: ") + std::strerror(err));
  }
  // If dot exits early, writing gets EPIPE instead of killing kg.
  struct sigaction ignore = {}, old = {};
  ignore.sa_handler = SIG_IGN;
  sigaction(SIGPIPE, &ignore, &old);
  size_t done = 0;
  while (done < dot_text.size()) {
    const ssize_t n = write(fds[1], dot_text.data() + done, dot_text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  close(fds[1]);
  sigaction(SIGPIPE, &old, nullptr);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    return Status::IOError("dot failed to render " + svg_path + " (see its message above)");
  }
  return Status::OK();
}

}  // namespace

int RunExportDot(const ExportDotOptions& o) {
  auto store = OpenForRead();
  if (!store.ok()) return ReportError(store.status());
  auto reader = (*store)->NewReader();
  auto slice = LoadSlice(*reader, o.slice);
  if (!slice.ok()) return ReportSliceError(o.slice, slice.status());

  query::DotOptions d;
  d.events_as_nodes = o.events_as_nodes;
  d.cluster_by_country = o.cluster_by_country;
  d.title = o.title;
  d.ontology = &reader->ontology();
  const std::string dot = query::RenderDot(*slice, d);
  if (!o.output.empty() || o.svg.empty()) {
    Status s = WriteOutput(o.output, dot);
    if (!s.ok()) return ReportError(s);
  }
  if (!o.svg.empty()) {
    Status s = RenderSvg(dot, o.svg);
    if (!s.ok()) return ReportError(s);
  }
  if (!Globals().quiet) {
    if (slice->actors.empty()) {
      std::cerr << "kg: the selection has no actors or events; the graph is empty\n";
    } else if (!o.svg.empty() || (!o.output.empty() && o.output != "-")) {
      std::cerr << "kg: wrote " << slice->actors.size() << " actors and " << slice->events.size() << " events to "
                << (o.svg.empty() ? o.output : o.svg) << "\n";
    }
  }
  return kExitOk;
}

}  // namespace kg::cli
