# Runs `trygg --screenshot FILE --view NAME` under Xvfb for every view, on a fresh default database
# (so the demo data is made on first start), and checks that a real picture came out of each.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(ENV{XDG_DATA_HOME} ${WORK}/data)
set(ENV{XDG_CONFIG_HOME} ${WORK}/config)
foreach(view main overview plan plan-document checklist risk history timeline plugins planning follow-ups min-plan print)
  execute_process(
    COMMAND ${XVFB_RUN} -a -s "-screen 0 1280x900x24" ${APP} --screenshot ${WORK}/${view}.png --view ${view}
    RESULT_VARIABLE result ERROR_VARIABLE errors)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "trygg --screenshot --view ${view} failed (${result}): ${errors}")
  endif()
  file(SIZE ${WORK}/${view}.png size)
  if(size LESS 15000)
    message(FATAL_ERROR "${view}.png is only ${size} bytes: the view was not drawn")
  endif()
  message(STATUS "${view}.png: ${size} bytes")
  if(NOT EXISTS ${WORK}/data/trygg/trygg.db)
    message(FATAL_ERROR "the default database was not created on first start")
  endif()
endforeach()
