#include "ingest/source/input_reader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "ingest/source/envelope.h"
#include "ingest/source/line_reader.h"

namespace kg::ingest {

namespace fs = std::filesystem;

namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool IsArticleFile(const fs::path& p) {
  const std::string ext = Lower(p.extension().string());
  return ext == ".txt" || ext == ".json" || ext == ".jsonl" || ext == ".ndjson";
}

std::string Megabytes(size_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1 << 20));
  return buf;
}

// Reads a whole file if it is no larger than `limit`.
Result<std::string> ReadBounded(const std::string& path, size_t limit) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec) return Status::IOError("cannot read: " + ec.message());
  if (size > limit) {
    return Status::InvalidArgument("file is " + Megabytes(size) + ", over the " + Megabytes(limit) +
                                   " limit for one article; skipped");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError("cannot open for reading");
  std::string data(size, '\0');
  in.read(data.data(), static_cast<std::streamsize>(size));
  if (static_cast<size_t>(in.gcount()) != size) return Status::IOError("short read");
  return data;
}

}  // namespace

Result<std::vector<std::string>> InputReader::Expand(const std::string& path) {
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) return Status::NotFound("no such file or directory");
  if (!fs::is_directory(st)) return std::vector<std::string>{path};
  std::vector<std::string> files;
  fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
  if (ec) return Status::IOError("cannot list directory: " + ec.message());
  for (; it != end; it.increment(ec)) {
    if (ec) return Status::IOError("cannot list directory: " + ec.message());
    if (it->is_regular_file(ec) && IsArticleFile(it->path())) files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

void InputReader::ForEach(const std::vector<std::string>& inputs,
                          const std::function<bool(const std::string&, Result<RawArticle>)>& fn) const {
  for (const std::string& input : inputs) {
    if (input == "-") {
      std::ios::sync_with_stdio(false);
      if (!ReadJsonLines(std::cin, "<stdin>", fn)) return;
      continue;
    }
    auto files = Expand(input);
    if (!files.ok()) {
      if (!fn(input, files.status())) return;
      continue;
    }
    for (const std::string& file : *files) {
      const std::string ext = Lower(fs::path(file).extension().string());
      bool go_on = true;
      if (ext == ".jsonl" || ext == ".ndjson") {
        std::ifstream in(file, std::ios::binary);
        if (!in) {
          go_on = fn(file, Status::IOError("cannot open for reading"));
        } else {
          go_on = ReadJsonLines(in, file, fn);
        }
      } else if (ext == ".json") {
        go_on = ReadJsonFile(file, fn);
      } else if (ext == ".txt") {
        go_on = ReadTextFile(file, fn);
      } else {
        go_on = fn(file, Status::InvalidArgument("unsupported file type '" + ext +
                                                 "' (expected .txt, .json, .jsonl or .ndjson)"));
      }
      if (!go_on) return;
    }
  }
}

bool InputReader::ReadJsonLines(std::istream& in, const std::string& name,
                                const std::function<bool(const std::string&, Result<RawArticle>)>& fn) const {
  LineReader lines(in, options_.max_article_bytes);
  std::string line;
  size_t skipped = 0;
  size_t records = 0;
  while (true) {
    const auto outcome = lines.Next(&line, &skipped);
    if (outcome == LineReader::Outcome::kEnd) break;
    const std::string origin = name + ":" + std::to_string(lines.line_number());
    if (outcome == LineReader::Outcome::kTooLong) {
      ++records;
      if (!fn(origin, Status::InvalidArgument("line is " + Megabytes(skipped) + ", over the " +
                                              Megabytes(options_.max_article_bytes) + " limit; skipped"))) {
        return false;
      }
      continue;
    }
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    ++records;
    if (!fn(origin, ParseEnvelope(line, origin))) return false;
  }
  if (in.bad()) return fn(name, Status::IOError("read error"));
  if (records == 0) return fn(name, Status::InvalidArgument(lines.saw_any_byte() ? "no articles in file" : "empty file"));
  return true;
}

bool InputReader::ReadJsonFile(const std::string& path,
                               const std::function<bool(const std::string&, Result<RawArticle>)>& fn) const {
  auto data = ReadBounded(path, options_.max_article_bytes);
  if (!data.ok()) return fn(path, data.status());
  if (data->find_first_not_of(" \t\r\n") == std::string::npos) {
    return fn(path, Status::InvalidArgument("empty file"));
  }
  // An array of envelopes is accepted too; each element is one article.
  const size_t first = data->find_first_not_of(" \t\r\n\xef\xbb\xbf");
  if (first != std::string::npos && (*data)[first] == '[') {
    nlohmann::json arr;
    try {
      arr = nlohmann::json::parse(*data);
    } catch (const nlohmann::json::parse_error& e) {
      return fn(path, Status::InvalidArgument(std::string("malformed JSON: ") + e.what()));
    }
    if (arr.empty()) return fn(path, Status::InvalidArgument("empty array"));
    for (size_t i = 0; i < arr.size(); ++i) {
      const std::string origin = path + "[" + std::to_string(i) + "]";
      if (!fn(origin, ParseEnvelope(arr[i].dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), origin))) {
        return false;
      }
    }
    return true;
  }
  return fn(path, ParseEnvelope(*data, path));
}

bool InputReader::ReadTextFile(const std::string& path,
                               const std::function<bool(const std::string&, Result<RawArticle>)>& fn) const {
  auto data = ReadBounded(path, options_.max_article_bytes);
  if (!data.ok()) return fn(path, data.status());
  if (data->empty()) return fn(path, Status::InvalidArgument("empty file"));
  RawArticle a;
  a.id = fs::path(path).stem().string();
  a.text = std::move(*data);
  if (a.text.size() >= 3 && a.text.compare(0, 3, "\xef\xbb\xbf") == 0) a.text.erase(0, 3);  // BOM
  a.published = options_.txt_published;
  a.lang = options_.txt_lang;
  a.origin = path;
  Status s = ValidateArticle(a);
  if (!s.ok()) return fn(path, s);
  // The first line is the title when it looks like one.
  const size_t nl = a.text.find('\n');
  const std::string first = a.text.substr(0, nl);
  if (nl != std::string::npos && !first.empty() && first.size() <= 300) a.title = first;
  return fn(path, std::move(a));
}

}  // namespace kg::ingest
