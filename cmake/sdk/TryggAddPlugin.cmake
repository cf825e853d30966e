# trygg_add_plugin(FOLDER <name> SOURCES <files...> [GUI_SOURCES <files...>])
#
# Builds a compiled Trygg plugin from the folder it is called in (which holds plugin.xml and,
# optionally, content/): the library libtrygg-<name>.so that sees only the SDK, and, with GUI_SOURCES,
# libtrygg-<name>-gui.so for its pages and tools. Both are laid out beside plugin.xml and content/ in
# ${CMAKE_BINARY_DIR}/plugins/<name>/, as Trygg loads plugins, and installed the same way to
# <prefix>/<name>/ (point TRYGG_PLUGIN_PATH at <prefix>, or copy the folder to your plugin folder).
function(trygg_add_plugin)
  cmake_parse_arguments(ARG "" "FOLDER" "SOURCES;GUI_SOURCES" ${ARGN})
  if(NOT ARG_FOLDER OR NOT ARG_SOURCES)
    message(FATAL_ERROR "trygg_add_plugin: FOLDER and SOURCES are required")
  endif()
  set(out ${CMAKE_BINARY_DIR}/plugins/${ARG_FOLDER})
  set(target trygg_plugin_${ARG_FOLDER})
  add_library(${target} MODULE ${ARG_SOURCES})
  target_link_libraries(${target} PRIVATE Trygg::sdk)
  target_compile_features(${target} PRIVATE cxx_std_20)
  target_link_options(${target} PRIVATE -Wl,--no-undefined)
  set_target_properties(${target} PROPERTIES PREFIX "lib" OUTPUT_NAME trygg-${ARG_FOLDER}
    CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON LIBRARY_OUTPUT_DIRECTORY ${out})
  set(copy_content "")
  if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/content)
    set(copy_content COMMAND ${CMAKE_COMMAND} -E copy_directory ${CMAKE_CURRENT_SOURCE_DIR}/content ${out}/content)
    install(DIRECTORY content DESTINATION ${ARG_FOLDER})
  endif()
  # Manifest and content are copied on every build, so an edit shows without re-running CMake.
  add_custom_target(${target}_content ALL
    COMMAND ${CMAKE_COMMAND} -E make_directory ${out}
    COMMAND ${CMAKE_COMMAND} -E copy_if_different ${CMAKE_CURRENT_SOURCE_DIR}/plugin.xml ${out}/plugin.xml
    ${copy_content}
    VERBATIM)
  install(TARGETS ${target} LIBRARY DESTINATION ${ARG_FOLDER})
  install(FILES plugin.xml DESTINATION ${ARG_FOLDER})
  if(ARG_GUI_SOURCES)
    if(NOT TARGET Trygg::gui_sdk)
      message(FATAL_ERROR "trygg_add_plugin: GUI_SOURCES need the GUI SDK, which this Trygg was built without")
    endif()
    add_library(${target}_gui MODULE ${ARG_GUI_SOURCES})
    target_link_libraries(${target}_gui PRIVATE Trygg::gui_sdk Trygg::sdk)
    target_compile_features(${target}_gui PRIVATE cxx_std_20)
    target_link_options(${target}_gui PRIVATE -Wl,--no-undefined)
    set_target_properties(${target}_gui PROPERTIES PREFIX "lib" OUTPUT_NAME trygg-${ARG_FOLDER}-gui
      CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON LIBRARY_OUTPUT_DIRECTORY ${out})
    install(TARGETS ${target}_gui LIBRARY DESTINATION ${ARG_FOLDER})
  endif()
endfunction()
