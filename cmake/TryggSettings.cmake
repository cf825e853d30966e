# One interface target every Trygg target links, so that settings which change types
# (BOOST_DLL_USE_STD_FS) or the ABI (sanitizers) are the same everywhere.
add_library(trygg_settings INTERFACE)
# -Wno-missing-field-initializers: g++ 12 warns on C++20 designated initializers that leave members
# with default initializers out, which is the point of writing them (filter{.search = "x"}).
target_compile_options(trygg_settings INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
target_compile_definitions(trygg_settings INTERFACE BOOST_DLL_USE_STD_FS)
target_link_libraries(trygg_settings INTERFACE Boost::headers ${CMAKE_DL_LIBS})

if(TRYGG_SANITIZE)
  target_compile_options(trygg_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(trygg_settings INTERFACE -fsanitize=address,undefined)
endif()
