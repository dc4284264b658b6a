/** The purchases' pages: the list, the form, reference data, reserved shares, overviews, import and export. */
package org.zhucun.purchases.web;
