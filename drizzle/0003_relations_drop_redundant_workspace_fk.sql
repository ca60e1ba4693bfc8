ALTER TABLE "relations" DROP CONSTRAINT "relations_workspace_id_workspaces_id_fk";
