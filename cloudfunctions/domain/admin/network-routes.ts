/** The actions that run the network (岗位管理, 批量导入, 二维码牌, 人员管理, 首位管理员). */
import type { RouteTable } from '../context';
import { bootstrap } from './bootstrap';
import { checkImport, importPosts, importUpload } from './import/routes';
import { assignPosts, deactivate } from './people/assign';
import { people } from './people/list';
import { regions, services } from './people/pickers';
import { plates } from './plates/routes';
import { plateSheet } from './plates/sheet';
import { createPost } from './posts/create';
import { post, posts } from './posts/list';
import { updatePost } from './posts/update';

export const networkRoutes: RouteTable = {
  posts,
  post,
  createPost,
  updatePost,
  checkImport,
  importPosts,
  importUpload,
  plates,
  plateSheet,
  people,
  assignPosts,
  deactivate,
  services,
  regions,
  bootstrap,
};
