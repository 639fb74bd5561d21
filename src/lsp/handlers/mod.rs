//! One handler per request or notification the server understands.

pub mod code_action;
pub mod did_change;
pub mod did_change_configuration;
pub mod did_change_watched_files;
pub mod did_change_workspace_folders;
pub mod did_close;
pub mod did_open;
pub mod did_save;
pub mod hover;
pub mod initialize;
pub mod shutdown;
