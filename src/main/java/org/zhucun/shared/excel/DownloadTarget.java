package org.zhucun.shared.excel;

import java.io.IOException;
import java.io.OutputStream;

/** Where a download is written, opened only once the export has passed its checks (so a refusal is still a page). */
@FunctionalInterface
public interface DownloadTarget {

	OutputStream open() throws IOException;
}
