/** Pages of the work teams module: list, team page and roster, reductions, overview, term extension, Excel. */
package org.zhucun.workteams.web;
