# Fails when ui/ breaks its structure rules:
#  - a cycle among ui/ components (a component is a header/source pair, ui/<folder>/<name>.{h,cpp};
#    it depends on every "ui/....h" either file includes), so no two ui files include each other,
#    directly or around a loop;
#  - an action looked up by its visible, translated text (`a->text() == ...` in ui/ or tests/ui, or
#    QCoreApplication::translate with a literal context in ui/): actions are found by object name.
if(NOT SF_SOURCE_DIR)
    message(FATAL_ERROR "usage: cmake -DSF_SOURCE_DIR=... -P ui_structure.cmake")
endif()
file(GLOB_RECURSE _files RELATIVE ${SF_SOURCE_DIR} ${SF_SOURCE_DIR}/ui/*.h ${SF_SOURCE_DIR}/ui/*.cpp)
list(LENGTH _files _n)
if(_n LESS 20)
    message(FATAL_ERROR "ui structure check found only ${_n} files; is SF_SOURCE_DIR right?")
endif()

# The canvas's scene and its graphics items still call each other (an item asks its scene to snap and
# to commit a resize; a card moves its links, a link reads its cards): edges among these three are
# not counted until that is untangled. Any other cycle, also through them, fails.
set(_known ui/canvas/diagramscene ui/canvas/linkitem ui/canvas/modelitem)

# Dependency graph between components.
set(_nodes "")
foreach(_f IN LISTS _files)
    string(REGEX REPLACE "\\.(h|cpp)$" "" _node "${_f}")
    string(MAKE_C_IDENTIFIER "${_node}" _id)
    list(APPEND _nodes ${_node})
    file(STRINGS ${SF_SOURCE_DIR}/${_f} _incs REGEX "^[ \t]*#[ \t]*include[ \t]*\"ui/[^\"]+\\.h\"")
    foreach(_inc IN LISTS _incs)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"(ui/[^\"]+)\\.h\".*$" "\\1" _dep "${_inc}")
        list(FIND _known ${_node} _k1)
        list(FIND _known ${_dep} _k2)
        if(NOT _dep STREQUAL _node AND (_k1 EQUAL -1 OR _k2 EQUAL -1))
            list(APPEND _deps_${_id} ${_dep})
        endif()
    endforeach()
endforeach()
list(REMOVE_DUPLICATES _nodes)

# Depth-first search with colours (0 new, 1 on the stack, 2 done); an edge to a node on the stack is
# a cycle. CMake has no recursion limit worth worrying about at this size, but an explicit stack keeps
# the path for the message.
set(_cycles "")
foreach(_start IN LISTS _nodes)
    string(MAKE_C_IDENTIFIER "${_start}" _sid)
    if(_colour_${_sid})
        continue()
    endif()
    set(_stack ${_start})
    set(_pos_${_sid} 0)
    set(_colour_${_sid} 1)
    while(_stack)
        list(GET _stack -1 _top)
        string(MAKE_C_IDENTIFIER "${_top}" _tid)
        list(LENGTH _deps_${_tid} _nd)
        if(_pos_${_tid} LESS _nd)
            list(GET _deps_${_tid} ${_pos_${_tid}} _next)
            math(EXPR _pos_${_tid} "${_pos_${_tid}} + 1")
            string(MAKE_C_IDENTIFIER "${_next}" _nid)
            if(_colour_${_nid} STREQUAL "1")
                list(FIND _stack ${_next} _at)
                list(SUBLIST _stack ${_at} -1 _loop)
                list(APPEND _loop ${_next})
                string(REPLACE ";" " -> " _loop "${_loop}")
                list(APPEND _cycles "${_loop}")
            elseif(NOT _colour_${_nid})
                set(_colour_${_nid} 1)
                set(_pos_${_nid} 0)
                list(APPEND _stack ${_next})
            endif()
        else()
            set(_colour_${_tid} 2)
            list(POP_BACK _stack)
        endif()
    endwhile()
endforeach()

# Lookups by visible text: an action's (translated) text compared with something, or another class's
# text borrowed through QCoreApplication::translate("context", ...) to recognise a widget.
set(_act "(a|act|action|[A-Za-z_]*Action|[A-Za-z_]*Act)(->|\\.)(iconText|text)\\(\\)")
file(GLOB_RECURSE _scan ${SF_SOURCE_DIR}/ui/*.h ${SF_SOURCE_DIR}/ui/*.cpp ${SF_SOURCE_DIR}/tests/ui/*.h
     ${SF_SOURCE_DIR}/tests/ui/*.cpp)
set(_byText "")
foreach(_f IN LISTS _scan)
    file(STRINGS ${_f} _hits REGEX "(^|[^A-Za-z0-9_])${_act}[ \t]*[!=]=|[!=]=[ \t]*${_act}")
    if(_f MATCHES "^${SF_SOURCE_DIR}/ui/")
        file(STRINGS ${_f} _borrowed REGEX "QCoreApplication::translate\\([ \t]*\"")
        list(APPEND _hits ${_borrowed})
    endif()
    foreach(_h IN LISTS _hits)
        string(STRIP "${_h}" _h)
        if(_h STREQUAL "")
            continue() # the rest of a line file(STRINGS) split at a semicolon
        endif()
        file(RELATIVE_PATH _rel ${SF_SOURCE_DIR} ${_f})
        list(APPEND _byText "${_rel}: ${_h}")
    endforeach()
endforeach()

set(_msg "")
if(_cycles)
    string(REPLACE ";" "\n  " _c "${_cycles}")
    string(APPEND _msg "ui/ components include each other:\n  ${_c}\n")
endif()
if(_byText)
    string(REPLACE ";" "\n  " _t "${_byText}")
    string(APPEND _msg "lookups by visible text (use object names or data):\n  ${_t}\n")
endif()
if(_msg)
    message(FATAL_ERROR "${_msg}")
endif()
list(LENGTH _nodes _nn)
message(STATUS "ui structure: ${_nn} components, no include cycle, no lookup by text")
