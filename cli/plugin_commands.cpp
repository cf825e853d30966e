// The commands plugins declare in their manifests (e.g. `trygg-cli sip …`): the CLI knows none of
// them by name. Each becomes a subcommand that hands its arguments to the plugin's code, with the
// workspace opened only when the manifest says the command needs the database.
#include "cli_context.hpp"

#include "trygg/i18n.hpp"

#include <array>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace trygg::cli {
namespace {

class StreamIo final : public sdk::CommandIo {
public:
  explicit StreamIo(bool json) : json_(json) {}
  [[nodiscard]] bool json() const override { return json_; }
  void out(std::string_view text) override { std::cout << text; }
  void err(std::string_view text) override { std::cerr << text; }
  [[nodiscard]] std::string read_input(const std::string& file) override
  {
    // Read in bounded chunks: a device or a runaway pipe (/dev/zero) is refused at the limit, not
    // read until memory runs out.
    constexpr std::size_t limit = 64U * 1024U * 1024U;
    std::ifstream opened;
    if (file != "-") {
      opened.open(file, std::ios::binary);
      if (!opened) {
        throw sdk::HostError(trf("{} kunde inte läsas", file));
      }
    }
    std::istream& in = file == "-" ? std::cin : opened;
    std::string text;
    std::array<char, 65536> chunk{};
    while (in.read(chunk.data(), chunk.size()) || in.gcount() > 0) {
      text.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
      if (text.size() > limit) {
        throw sdk::HostError(trf("{} är större än {} MiB; dela upp den", file == "-" ? std::string(tr("standard in")) : file,
                                 limit / (1024U * 1024U)));
      }
    }
    return text;
  }
  void write_output(const std::string& text, const std::string& file) override { cli::write_output(text, file); }

private:
  bool json_;
};

struct PluginCommand {
  std::string plugin_id;
  CommandInfo info;
  std::vector<std::string> arguments;
};

void run(Context& context, const PluginCommand& command)
{
  StreamIo io(context.json);
  int code = 0;
  if (command.info.needs_database) {
    auto& workspace = context.workspace();
    const PluginRecord* plugin = workspace.plugins().find_loaded(command.plugin_id);
    if (plugin == nullptr) {
      throw std::runtime_error(trf("Pluginen {} är inte laddad", command.plugin_id));
    }
    code = workspace.plugins().run_command(*plugin, command.info.name, command.arguments, io);
  } else {
    const PluginHost host = context.plugins_only();
    const PluginRecord* plugin = host.find_loaded(command.plugin_id);
    if (plugin == nullptr) {
      throw std::runtime_error(trf("Pluginen {} är inte laddad", command.plugin_id));
    }
    code = host.run_command(*plugin, command.info.name, command.arguments, io);
  }
  if (code != 0) {
    throw ExitWith{code};
  }
}

// The options every command takes may also come after a plugin's command, as they may after a
// built-in one: they are the CLI's, not the plugin's.
std::vector<std::string> global_options_taken(Context& context, const std::vector<std::string>& arguments)
{
  std::vector<std::string> rest;
  for (std::size_t index = 0; index < arguments.size(); ++index) {
    const auto& argument = arguments[index];
    if (argument == "--json") {
      context.json = true;
    } else if ((argument == "--db" || argument == "--user") && index + 1 < arguments.size()) {
      (argument == "--db" ? context.database : context.user) = arguments[++index];
    } else if (argument.rfind("--db=", 0) == 0) {
      context.database = argument.substr(5);
    } else if (argument.rfind("--user=", 0) == 0) {
      context.user = argument.substr(7);
    } else {
      rest.push_back(argument);
    }
  }
  return rest;
}

}  // namespace

void add_plugin_commands(CLI::App& app, Context& context)
{
  const PluginHost host = context.plugins_only();
  for (const auto& plugin : host.plugins()) {
    if (!plugin.has(Capability::commands)) {
      continue;
    }
    for (const auto& info : plugin.manifest->commands) {
      const auto taken = app.get_subcommands([&](const CLI::App* existing) { return existing->get_name() == info.name; });
      if (!taken.empty()) {
        continue;  // a built-in command, or another plugin's of the same name, keeps it
      }
      auto command = std::make_shared<PluginCommand>(PluginCommand{plugin.id, info, {}});
      auto* sub = app.add_subcommand(info.name, info.summary + " [" + plugin.name + "]");
      // Everything after the name goes to the plugin, --help included.
      sub->prefix_command();
      sub->allow_extras();
      sub->fallthrough(false);
      sub->set_help_flag();
      sub->callback([&context, command, sub] {
        command->arguments = global_options_taken(context, sub->remaining());
        run(context, *command);
      });
    }
  }
}

}  // namespace trygg::cli
