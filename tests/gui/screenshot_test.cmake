# Runs `trygg --db NEW --screenshot FILE` under Xvfb and checks that a real picture came out.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(ENV{XDG_DATA_HOME} ${WORK}/data)
execute_process(
  COMMAND ${XVFB_RUN} -a -s "-screen 0 1280x900x24" ${APP} --screenshot ${WORK}/main.png
  RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "trygg --screenshot failed (${result}): ${errors}")
endif()
file(SIZE ${WORK}/main.png size)
if(size LESS 20000)
  message(FATAL_ERROR "main.png is only ${size} bytes: the window was not drawn")
endif()
if(NOT EXISTS ${WORK}/data/trygg/trygg.db)
  message(FATAL_ERROR "the default database was not created on first start")
endif()
message(STATUS "main.png: ${size} bytes")
