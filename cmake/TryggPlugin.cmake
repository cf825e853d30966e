# Helpers that lay a plugin out in the build tree as it will be installed:
#   <plugins>/<folder>/plugin.xml, content/..., and the shared library for a compiled plugin.

# Copies a plugin's manifest and content into its output folder on every build (cheap, and
# edits to content show up without re-running CMake).
function(_trygg_plugin_copy_content target source_dir output_dir)
  add_custom_target(${target}_content ALL
    COMMAND ${CMAKE_COMMAND} -E make_directory ${output_dir}
    COMMAND ${CMAKE_COMMAND} -E copy_if_different ${source_dir}/plugin.xml ${output_dir}/plugin.xml
    COMMAND ${CMAKE_COMMAND} -E copy_directory ${source_dir}/content ${output_dir}/content
    COMMENT "Laying out plugin ${target}"
    VERBATIM)
endfunction()

# trygg_add_declarative_plugin(FOLDER <name>): a plugin made only of XML.
function(trygg_add_declarative_plugin)
  cmake_parse_arguments(ARG "" "FOLDER" "" ${ARGN})
  set(out ${TRYGG_PLUGIN_BUILD_DIR}/${ARG_FOLDER})
  _trygg_plugin_copy_content(trygg_plugin_${ARG_FOLDER} ${CMAKE_CURRENT_SOURCE_DIR} ${out})
  install(FILES plugin.xml DESTINATION ${TRYGG_PLUGIN_INSTALL_DIR}/${ARG_FOLDER})
  install(DIRECTORY content DESTINATION ${TRYGG_PLUGIN_INSTALL_DIR}/${ARG_FOLDER})
endfunction()

# trygg_add_compiled_plugin(FOLDER <name> SOURCES ...): a shared library that sees only the SDK.
function(trygg_add_compiled_plugin)
  cmake_parse_arguments(ARG "" "FOLDER" "SOURCES" ${ARGN})
  set(target trygg_plugin_${ARG_FOLDER})
  set(out ${TRYGG_PLUGIN_BUILD_DIR}/${ARG_FOLDER})
  add_library(${target} MODULE ${ARG_SOURCES})
  target_link_libraries(${target} PRIVATE trygg_sdk trygg_settings)
  target_link_options(${target} PRIVATE -Wl,--no-undefined)
  set_target_properties(${target} PROPERTIES
    PREFIX "lib"
    OUTPUT_NAME trygg-${ARG_FOLDER}
    LIBRARY_OUTPUT_DIRECTORY ${out}
    BUILD_RPATH "$ORIGIN/../../../lib"
    INSTALL_RPATH "$ORIGIN/../../..")
  _trygg_plugin_copy_content(${target} ${CMAKE_CURRENT_SOURCE_DIR} ${out})
  install(TARGETS ${target} LIBRARY DESTINATION ${TRYGG_PLUGIN_INSTALL_DIR}/${ARG_FOLDER})
  install(FILES plugin.xml DESTINATION ${TRYGG_PLUGIN_INSTALL_DIR}/${ARG_FOLDER})
  install(DIRECTORY content DESTINATION ${TRYGG_PLUGIN_INSTALL_DIR}/${ARG_FOLDER})
endfunction()

# trygg_add_plugin_gui(FOLDER <name> SOURCES ...): the plugin's pages and tools for the desktop app, a
# second library beside the plugin's own that links the GUI SDK (and so wx). Built with the GUI only.
function(trygg_add_plugin_gui)
  cmake_parse_arguments(ARG "" "FOLDER" "SOURCES" ${ARGN})
  if(NOT TRYGG_BUILD_GUI)
    return()
  endif()
  set(target trygg_plugin_${ARG_FOLDER}_gui)
  add_library(${target} MODULE ${ARG_SOURCES})
  target_link_libraries(${target} PRIVATE trygg_gui_sdk trygg_sdk trygg_settings)
  target_link_options(${target} PRIVATE -Wl,--no-undefined)
  set_target_properties(${target} PROPERTIES
    PREFIX "lib"
    OUTPUT_NAME trygg-${ARG_FOLDER}-gui
    LIBRARY_OUTPUT_DIRECTORY ${TRYGG_PLUGIN_BUILD_DIR}/${ARG_FOLDER}
    BUILD_RPATH "$ORIGIN/../../../lib"
    INSTALL_RPATH "$ORIGIN/../../..")
  install(TARGETS ${target} LIBRARY DESTINATION ${TRYGG_PLUGIN_INSTALL_DIR}/${ARG_FOLDER})
endfunction()
