/**
 * Reusable Excel support: a streaming .xlsx writer for exports and templates, and an import framework that reads
 * rows by header, validates every row first and reports per-row errors.
 */
package org.zhucun.shared.excel;
