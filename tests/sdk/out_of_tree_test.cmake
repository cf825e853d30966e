# The SDK as a region's developer meets it: Trygg installed to a temporary prefix, the example
# plugin of examples/local-plugin configured and built outside the tree with find_package(TryggSDK),
# its own tests run, the plugin installed to a folder of its own, then loaded by the installed
# trygg-cli (plugins --json) and its command run.
#   cmake -DBUILD=… -DSOURCE=… -DWORK=… -DGENERATOR=… -DFLAGS=… -P out_of_tree_test.cmake
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(ENV{XDG_DATA_HOME} ${WORK}/data)
set(ENV{XDG_CONFIG_HOME} ${WORK}/config)

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${ARGN}\nfailed (${result}):\n${output}\n${errors}")
  endif()
  set(output "${output}" PARENT_SCOPE)
endfunction()

# The build tools compare file times, which the kernel stamps by the system's clock; run at another
# date (scripts/test.sh --at, libfaketime) they would see their own files from the future and
# regenerate for ever. So they build on the system's clock, and what is built (the plugin's tests,
# trygg-cli) runs at the date of the run.
set(system_clock ${CMAKE_COMMAND} -E env --unset=LD_PRELOAD --unset=FAKETIME)
run(${system_clock} ${CMAKE_COMMAND} --install ${BUILD} --prefix ${WORK}/prefix)
run(${system_clock} ${CMAKE_COMMAND} -S ${SOURCE}/examples/local-plugin -B ${WORK}/build -G ${GENERATOR}
    -DCMAKE_PREFIX_PATH=${WORK}/prefix -DCMAKE_INSTALL_PREFIX=${WORK}/plugins "-DCMAKE_CXX_FLAGS=${FLAGS}")
run(${system_clock} ${CMAKE_COMMAND} --build ${WORK}/build)
run(${CMAKE_CTEST_COMMAND} --test-dir ${WORK}/build --output-on-failure)
run(${system_clock} ${CMAKE_COMMAND} --install ${WORK}/build)

set(ENV{TRYGG_PLUGIN_PATH} ${WORK}/plugins)
# Code from TRYGG_PLUGIN_PATH runs only once trusted, as the region's administrator would: plugin trust.
file(REMOVE_RECURSE ${WORK}/config)
set(ENV{XDG_CONFIG_HOME} ${WORK}/config)
file(GLOB plugin_folders LIST_DIRECTORIES true ${WORK}/plugins/*)
foreach(folder ${plugin_folders})
  if(IS_DIRECTORY ${folder})
    run(${WORK}/prefix/bin/trygg-cli plugin trust ${folder})
  endif()
endforeach()
run(${WORK}/prefix/bin/trygg-cli plugins --json)
string(JSON count LENGTH "${output}")
set(found "")
math(EXPR last "${count} - 1")
foreach(index RANGE ${last})
  string(JSON id GET "${output}" ${index} id)
  if(id STREQUAL "se.backby.hemgang")
    string(JSON found GET "${output}" ${index} status)
    string(JSON reason GET "${output}" ${index} reason)
  endif()
endforeach()
if(NOT found STREQUAL "loaded")
  message(FATAL_ERROR "the out-of-tree plugin is not loaded (${found}): ${reason}\n${output}")
endif()
message(STATUS "se.backby.hemgang: loaded by the installed trygg-cli")

run(${WORK}/prefix/bin/trygg-cli init --db ${WORK}/cases.db)
run(${WORK}/prefix/bin/trygg-cli --db ${WORK}/cases.db backby-samtal)
if(NOT output MATCHES "0 samtal väntar")
  message(FATAL_ERROR "backby-samtal printed: ${output}")
endif()
message(STATUS "backby-samtal: ${output}")
