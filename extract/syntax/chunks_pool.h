// Chunks kept on the thread from article to article. Every sentence's chunk() made four vectors
// (noun groups, verb groups, and the token-to-group maps) and the article's end freed them: the
// pipeline gives them back when an article is done, and chunk() takes them for the next
// sentences, so their buffers are reused (as the token vectors are, token_pool.h).
#pragma once
#include "chunker.h"

namespace newsgraph {

// Keeps c's vectors (any sizes) on this thread for chunk() to reuse; leaves c empty. Call it when
// nothing reads c any more.
void give_back_chunks(Chunks&& c);

}  // namespace newsgraph
