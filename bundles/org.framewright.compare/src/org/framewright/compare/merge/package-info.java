/**
 * Three-way merge of frameworks by element id and feature ({@link org.framewright.compare.merge.FrameworkMerge}), of
 * their JSON side files ({@link org.framewright.compare.merge.JsonMerge}), and the conflict file a merge leaves
 * beside its result ({@link org.framewright.compare.merge.ConflictFile}). Behind {@code framewright merge} and the
 * Git merge driver.
 */
package org.framewright.compare.merge;
