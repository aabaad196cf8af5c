/** Organisation folders, one page per FolderChunk in the render set (front pages and blocks); see article.11ty.ts. */
import { folderTemplate } from "./_includes/folder.js";

export const { data, render } = folderTemplate("organisationPages");
